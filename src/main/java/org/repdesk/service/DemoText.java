package org.repdesk.service;

import java.util.List;
import java.util.Map;
import org.repdesk.model.CaseType;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Region;

/**
 * The words demo data is made of: names as diverse as the probation workforce of England and
 * Wales, real-sounding PDUs and teams, and what reps actually write in their notes. Placeholders:
 * {first} (the member's first name), {manager}, {stage}.
 *
 * <p>Sample content written into a demo data file, not the app's wording: like a rep's own notes it
 * stays as written (in English), so its literals are marked not for reps. Teams and deadlines are
 * the bundles' keys, so a demo made in Welsh has them in Welsh.
 */
final class DemoText {

    private DemoText() {
    }

    static final List<String> FIRST_NAMES = List.of(
            "Siân", "Zoë", "Łukasz", "Aoife", "Oluwaseun", "Rhys", "Gethin", "Carys", "Bethan", "Dafydd", // not for reps
            "Ffion", "Eleri", "Iestyn", "Seren", "Niamh", "Siobhán", "Ciarán", "Eoin", "Mairéad", "Padraig", // not for reps
            "Priya", "Sunita", "Rajinder", "Harpreet", "Amir", "Fatima", "Yusuf", "Aisha", "Imran", "Nadia", // not for reps
            "Chidi", "Ngozi", "Adebayo", "Folasade", "Kwame", "Abena", "Tendai", "Chipo", "Desmond", "Marcia", // not for reps
            "Delroy", "Paulette", "Agnieszka", "Małgorzata", "Piotr", "Katarzyna", "Tomasz", "Renée", "José", // not for reps
            "Chloé", "Björn", "Andreea", "Ioana", "Mehmet", "Elif", "Thanh", "Mei", "Wei", "Hamish", "Eilidh", // not for reps
            "Morag", "Callum", "Sarah", "David", "Claire", "Mark", "Joanne", "Paul", "Helen", "Gary", "Emma", // not for reps
            "Lee", "Rachel", "Stephen", "Nicola", "Darren", "Gemma", "Jamie", "Kerry", "Tom", "Lucy", "Ben"); // not for reps

    static final List<String> SURNAMES = List.of(
            "Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Llewellyn", "ap Gwilym", // not for reps
            "Pritchard", "Prosser", "Bevan", "Ó Briain", "O'Connor", "Murphy", "Ní Dhomhnaill", "Byrne", // not for reps
            "Kelly", "McLaughlin", "MacLeod", "Patel", "Shah", "Kaur", "Singh", "Begum", "Hussain", "Khan", // not for reps
            "Ahmed", "Chaudhry", "Okafor", "Adeyemi", "Oyelaran", "Mensah", "Boateng", "Moyo", "Campbell", // not for reps
            "Thompson", "Brown", "Nowak", "Kowalski", "Wiśniewska", "Lewandowski", "Dąbrowski", "Müller", // not for reps
            "Fernández", "Popescu", "Yılmaz", "Nguyen", "Chen", "Smith", "Taylor", "Wilson", "Walker", // not for reps
            "Robinson", "Wright", "Green", "Hall", "Wood", "Clarke", "Harrison", "Bennett", "Fletcher", // not for reps
            "Ashworth", "Hargreaves", "Sutcliffe", "Pemberton", "Fairclough", "Winstanley", "Dunmore", // not for reps
            "Penrose", "Trelawny", "Blackwood", "Okonkwo-Hart", "Lloyd-Jones"); // not for reps

    static final Map<Region, List<String>> PDUS = Map.ofEntries(
            Map.entry(Region.NORTH_EAST, List.of("Newcastle PDU", "County Durham PDU", "Teesside PDU")), // not for reps
            Map.entry(Region.NORTH_WEST, List.of("Liverpool North PDU", "Cumbria PDU", "Lancashire East PDU")), // not for reps
            Map.entry(Region.YORKSHIRE_AND_THE_HUMBER, List.of("Leeds PDU", "Sheffield PDU", "Hull and East Riding PDU")), // not for reps
            Map.entry(Region.GREATER_MANCHESTER, List.of("Manchester North PDU", "Salford PDU", "Stockport and Trafford PDU")), // not for reps
            Map.entry(Region.EAST_MIDLANDS, List.of("Nottingham City PDU", "Leicester PDU", "Derby City PDU")), // not for reps
            Map.entry(Region.WEST_MIDLANDS, List.of("Birmingham Central and South PDU", "Coventry PDU", "Wolverhampton PDU")), // not for reps
            Map.entry(Region.EAST_OF_ENGLAND, List.of("Norfolk PDU", "Cambridgeshire and Peterborough PDU", "Essex North PDU")), // not for reps
            Map.entry(Region.LONDON, List.of("Hackney and City PDU", "Lambeth PDU", "Croydon PDU", "Camden and Islington PDU")), // not for reps
            Map.entry(Region.KENT_SURREY_AND_SUSSEX, List.of("Kent West PDU", "Brighton and Hove PDU", "Surrey PDU")), // not for reps
            Map.entry(Region.SOUTH_WEST, List.of("Bristol and South Gloucestershire PDU", "Devon and Torbay PDU", // not for reps
                    "Cornwall and Isles of Scilly PDU")), // not for reps
            Map.entry(Region.SOUTH_CENTRAL, List.of("Hampshire North PDU", "Oxfordshire PDU", "Portsmouth PDU")), // not for reps
            Map.entry(Region.WALES, List.of("Cardiff and Vale PDU", "Swansea, Neath and Port Talbot PDU", // not for reps
                    "North Wales PDU", "Gwent PDU"))); // not for reps

    /** Teams, by their keys in the bundles: a Welsh demo names them in Welsh. */
    static final List<String> TEAMS = List.of("demo.team.court", "demo.team.sentenceManagement1",
            "demo.team.sentenceManagement2", "demo.team.sentenceManagement3", "demo.team.approvedPremises",
            "demo.team.unpaidWork", "demo.team.victimLiaison", "demo.team.programmes", "demo.team.iom",
            "demo.team.caseAdmin", "demo.team.transitions");

    static final List<String> MANAGER_ROLES = List.of("SPO", "SPO", "SPO", "Head of PDU", "Deputy Head of PDU", // not for reps
            "Area manager (business support)"); // not for reps

    static final Map<CaseType, List<String>> OUTCOMES = Map.of(
            CaseType.CAPABILITY, List.of(
                    "Informal stage concluded; improvement plan met with a reduced caseload.", // not for reps
                    "Proceedings suspended: employer accepted workload was a factor.", // not for reps
                    "First written warning issued; appeal not pursued.", // not for reps
                    "Final written warning overturned on appeal.", // not for reps
                    "Member moved to a PSO-equivalent role by agreement."), // not for reps
            CaseType.SICKNESS_ABSENCE, List.of(
                    "Manager used discretion: no warning given.", // not for reps
                    "Written warning issued; improvement period completed.", // not for reps
                    "Warning withdrawn after OH report linked absence to work-related stress.", // not for reps
                    "Phased return agreed with reasonable adjustments.", // not for reps
                    "Ill-health retirement agreed."), // not for reps
            CaseType.WORKLOAD_CONCERN, List.of(
                    "Caseload reduced by eight cases for three months.", // not for reps
                    "Stress risk assessment completed; actions agreed and reviewed.", // not for reps
                    "Reasonable adjustments agreed: protected admin time each week.", // not for reps
                    "Escalated to the branch; taken up at the regional JNC."), // not for reps
            CaseType.GRIEVANCE, List.of(
                    "Grievance upheld in part.", // not for reps
                    "Grievance not upheld; appeal lodged out of time.", // not for reps
                    "Resolved informally with mediation."), // not for reps
            CaseType.DISCIPLINARY, List.of(
                    "No case to answer.", // not for reps
                    "Management advice only.", // not for reps
                    "First written warning issued.", // not for reps
                    "Allegation dropped after investigation."), // not for reps
            CaseType.OTHER, List.of(
                    "Advice given; no further action.", // not for reps
                    "Referred to the regional organiser.")); // not for reps

    static final List<String> WORKLOAD_ACCOUNTS = List.of(
            "WMT shows {first} at over 120% for most of the last quarter; holds several high-risk cases and covers court duty.", // not for reps
            "Caseload has grown since two vacancies in the team were left unfilled; the WMT does not count the cover work.", // not for reps
            "{first} has been covering an absent colleague's cases without any reduction in their own.", // not for reps
            "Uncommenced requirements and responsive work (MAPPA meetings, safeguarding calls) are not counted by the WMT.", // not for reps
            "Management accept high capacity figures but say the absence is unrelated; we dispute this.", // not for reps
            "PQiP supervision and induction of new staff fall on {first} on top of a full caseload."); // not for reps

    static final List<String> UNCOUNTED_WORK = List.of(
            "Court duty cover (half a day)", "Covering a vacant caseload", "MAPPA level 2 meetings", // not for reps
            "Safeguarding referrals and calls", "Uncommenced unpaid work requirements", "Supervising a PQiP", // not for reps
            "Serious further offence review preparation", "Home visits with travel across the county"); // not for reps

    /** Entries a rep writes by hand: summary and note, per kind. */
    static final Map<EntryKind, List<String[]>> ENTRIES = Map.of(
            EntryKind.MEETING, List.of(
                    new String[] {"Pre-meeting with {first}", // not for reps
                        "Met {first} before the meeting with {manager}. Went through the timeline, the fit notes and the" // not for reps
                                + " WMT printouts. Agreed I will ask for the meeting to be adjourned if the OH report is" // not for reps
                                + " not available."}, // not for reps
                    new String[] {"Meeting with {manager}", // not for reps
                        "Attended with {first}. {manager} confirmed the stage ({stage}). I put the case that workload" // not for reps
                                + " is a factor and asked for the WMT figures for the whole team. Notes of meeting to" // not for reps
                                + " follow within 5 working days."}, // not for reps
                    new String[] {"Review meeting", // not for reps
                        "Review of the improvement plan. Targets partly met; {first} explained that two new high-risk" // not for reps
                                + " cases were allocated in the review period. Asked for the targets to be paused."}), // not for reps
            EntryKind.HEARING, List.of(
                    new String[] {"Hearing: {stage}", // not for reps
                        "Hearing chaired by {manager}. I summed up {first}'s case and asked that the unions' demand to" // not for reps
                                + " suspend proceedings where workload is a factor be applied. Decision reserved."}, // not for reps
                    new String[] {"Appeal hearing", // not for reps
                        "Appeal heard. Raised procedural failings (no OH referral before the formal stage) and the" // not for reps
                                + " capacity figures over 110% for more than four weeks."}), // not for reps
            EntryKind.PHONE_CALL, List.of(
                    new String[] {"Call with {first}", "{first} rang upset after an email from {manager}. Talked through" // not for reps
                            + " next steps; advised not to reply until we have spoken."}, // not for reps
                    new String[] {"Call to HR adviser", "Asked HR whether the trigger is pro rata for {first}'s" // not for reps
                            + " hours. They will check and reply by Friday."}, // not for reps
                    new String[] {"Call from {manager}", "{manager} proposed a new date for the meeting. Within the" // not for reps
                            + " 5 working days allowed; agreed."}), // not for reps
            EntryKind.EMAIL, List.of(
                    new String[] {"Email to {manager}", "Requested the WMT reports for the last 12 weeks and the" // not for reps
                            + " allocation records for the team."}, // not for reps
                    new String[] {"Email from HR", "HR confirm the meeting will go ahead; OH report attached."}, // not for reps
                    new String[] {"Email to {first}", "Sent {first} the notes of the meeting to check before I return" // not for reps
                            + " them to {manager}."}), // not for reps
            EntryKind.DOCUMENT, List.of(
                    new String[] {"Fit note received", "Fit note: work-related stress, 4 weeks. Copy held by the member."}, // not for reps
                    new String[] {"OH report", "OH report recommends a phased return and a reduced caseload for 8 weeks."}, // not for reps
                    new String[] {"Stress risk assessment", "Individual stress risk assessment completed with {first};" // not for reps
                            + " workload demands scored red."}, // not for reps
                    new String[] {"Written statement", "Prepared {first}'s written statement for the meeting."}), // not for reps
            EntryKind.NOTE, List.of(
                    new String[] {"Note", "{first} is worried about the effect of a warning on a planned move to the" // not for reps
                            + " court team. Reassured; we will raise it at the meeting."}, // not for reps
                    new String[] {"Branch advice", "Spoke to the branch chair. The branch will collect similar cases" // not for reps
                            + " as evidence for the workload demands."}, // not for reps
                    new String[] {"Reflection", "Pattern here matches other cases in the PDU: high capacity, staff" // not for reps
                            + " shortages, then capability. Logged for the branch."})); // not for reps

    /** Paragraphs joined into the occasional long note (a full record of a hearing). */
    static final List<String> LONG_NOTE_PARAGRAPHS = List.of(
            "Present: {first}, me as the union representative, {manager} as chair, and an HR adviser taking notes.", // not for reps
            "The chair opened by explaining the purpose of the meeting and the possible outcomes, including a written" // not for reps
                    + " warning. I asked that it be recorded that {first} had not received the OH report until the" // not for reps
                    + " morning of the meeting.", // not for reps
            "I set out the workload evidence: WMT capacity over 110% for more than four consecutive weeks, the" // not for reps
                    + " allocation of three new high-risk cases in one month, and court duty cover that the WMT does" // not for reps
                    + " not count.", // not for reps
            "{first} spoke about the impact on their health and family, the fit notes, and the steps taken to" // not for reps
                    + " manage their own wellbeing, including contact with the employee assistance programme.", // not for reps
            "The chair asked about the last spell of absence. {first} explained the link to the stress of covering" // not for reps
                    + " a vacant caseload. I referred to the policy's discretion not to warn and asked that it be used.", // not for reps
            "HR confirmed that reasonable adjustments had been discussed but not put in writing. I asked for them" // not for reps
                    + " to be confirmed in writing before any decision.", // not for reps
            "Adjournment for 20 minutes. On return the chair said a decision would be sent in writing within" // not for reps
                    + " 5 working days, and confirmed the right of appeal.", // not for reps
            "Afterwards I debriefed {first}, who was tired but felt heard. Agreed next steps: I will check the" // not for reps
                    + " notes of meeting, {first} will book a GP review, and we will meet again once the letter arrives."); // not for reps

    /**
     * What falls due, by its key in the bundles (a Welsh demo's deadlines are in Welsh), and whether it is a
     * hearing. A null key is the hearing of the case's stage: stored as the stage, the app says "Hearing:"
     * ("Gwrandawiad:") before it in the language it speaks.
     */
    static final List<String[]> DEADLINES = List.of(
            new String[] {"demo.deadline.statement", "false"},
            new String[] {"demo.deadline.notes", "false"},
            new String[] {"demo.deadline.appeal", "false"},
            new String[] {"demo.deadline.ohReport", "false"},
            new String[] {"demo.deadline.adjustments", "false"},
            new String[] {"demo.deadline.review", "true"},
            new String[] {null, "true"},
            new String[] {"demo.deadline.formalMeeting", "true"});
}
