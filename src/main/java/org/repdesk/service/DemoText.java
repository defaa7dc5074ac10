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
 */
final class DemoText {

    private DemoText() {
    }

    static final List<String> FIRST_NAMES = List.of(
            "Siân", "Zoë", "Łukasz", "Aoife", "Oluwaseun", "Rhys", "Gethin", "Carys", "Bethan", "Dafydd",
            "Ffion", "Eleri", "Iestyn", "Seren", "Niamh", "Siobhán", "Ciarán", "Eoin", "Mairéad", "Padraig",
            "Priya", "Sunita", "Rajinder", "Harpreet", "Amir", "Fatima", "Yusuf", "Aisha", "Imran", "Nadia",
            "Chidi", "Ngozi", "Adebayo", "Folasade", "Kwame", "Abena", "Tendai", "Chipo", "Desmond", "Marcia",
            "Delroy", "Paulette", "Agnieszka", "Małgorzata", "Piotr", "Katarzyna", "Tomasz", "Renée", "José",
            "Chloé", "Björn", "Andreea", "Ioana", "Mehmet", "Elif", "Thanh", "Mei", "Wei", "Hamish", "Eilidh",
            "Morag", "Callum", "Sarah", "David", "Claire", "Mark", "Joanne", "Paul", "Helen", "Gary", "Emma",
            "Lee", "Rachel", "Stephen", "Nicola", "Darren", "Gemma", "Jamie", "Kerry", "Tom", "Lucy", "Ben");

    static final List<String> SURNAMES = List.of(
            "Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Llewellyn", "ap Gwilym",
            "Pritchard", "Prosser", "Bevan", "Ó Briain", "O'Connor", "Murphy", "Ní Dhomhnaill", "Byrne",
            "Kelly", "McLaughlin", "MacLeod", "Patel", "Shah", "Kaur", "Singh", "Begum", "Hussain", "Khan",
            "Ahmed", "Chaudhry", "Okafor", "Adeyemi", "Oyelaran", "Mensah", "Boateng", "Moyo", "Campbell",
            "Thompson", "Brown", "Nowak", "Kowalski", "Wiśniewska", "Lewandowski", "Dąbrowski", "Müller",
            "Fernández", "Popescu", "Yılmaz", "Nguyen", "Chen", "Smith", "Taylor", "Wilson", "Walker",
            "Robinson", "Wright", "Green", "Hall", "Wood", "Clarke", "Harrison", "Bennett", "Fletcher",
            "Ashworth", "Hargreaves", "Sutcliffe", "Pemberton", "Fairclough", "Winstanley", "Dunmore",
            "Penrose", "Trelawny", "Blackwood", "Okonkwo-Hart", "Lloyd-Jones");

    static final Map<Region, List<String>> PDUS = Map.ofEntries(
            Map.entry(Region.NORTH_EAST, List.of("Newcastle PDU", "County Durham PDU", "Teesside PDU")),
            Map.entry(Region.NORTH_WEST, List.of("Liverpool North PDU", "Cumbria PDU", "Lancashire East PDU")),
            Map.entry(Region.YORKSHIRE_AND_THE_HUMBER, List.of("Leeds PDU", "Sheffield PDU", "Hull and East Riding PDU")),
            Map.entry(Region.GREATER_MANCHESTER, List.of("Manchester North PDU", "Salford PDU", "Stockport and Trafford PDU")),
            Map.entry(Region.EAST_MIDLANDS, List.of("Nottingham City PDU", "Leicester PDU", "Derby City PDU")),
            Map.entry(Region.WEST_MIDLANDS, List.of("Birmingham Central and South PDU", "Coventry PDU", "Wolverhampton PDU")),
            Map.entry(Region.EAST_OF_ENGLAND, List.of("Norfolk PDU", "Cambridgeshire and Peterborough PDU", "Essex North PDU")),
            Map.entry(Region.LONDON, List.of("Hackney and City PDU", "Lambeth PDU", "Croydon PDU", "Camden and Islington PDU")),
            Map.entry(Region.KENT_SURREY_AND_SUSSEX, List.of("Kent West PDU", "Brighton and Hove PDU", "Surrey PDU")),
            Map.entry(Region.SOUTH_WEST, List.of("Bristol and South Gloucestershire PDU", "Devon and Torbay PDU",
                    "Cornwall and Isles of Scilly PDU")),
            Map.entry(Region.SOUTH_CENTRAL, List.of("Hampshire North PDU", "Oxfordshire PDU", "Portsmouth PDU")),
            Map.entry(Region.WALES, List.of("Cardiff and Vale PDU", "Swansea, Neath and Port Talbot PDU",
                    "North Wales PDU", "Gwent PDU")));

    static final List<String> TEAMS = List.of("Court team", "Sentence management team 1", "Sentence management team 2",
            "Sentence management team 3", "Approved premises", "Unpaid work", "Victim liaison unit",
            "Accredited programmes", "Integrated offender management", "Case administration",
            "Youth to adult transitions");

    static final List<String> MANAGER_ROLES = List.of("SPO", "SPO", "SPO", "Head of PDU", "Deputy Head of PDU",
            "Area manager (business support)");

    static final Map<CaseType, List<String>> OUTCOMES = Map.of(
            CaseType.CAPABILITY, List.of(
                    "Informal stage concluded; improvement plan met with a reduced caseload.",
                    "Proceedings suspended: employer accepted workload was a factor.",
                    "First written warning issued; appeal not pursued.",
                    "Final written warning overturned on appeal.",
                    "Member moved to a PSO-equivalent role by agreement."),
            CaseType.SICKNESS_ABSENCE, List.of(
                    "Manager used discretion: no warning given.",
                    "Written warning issued; improvement period completed.",
                    "Warning withdrawn after OH report linked absence to work-related stress.",
                    "Phased return agreed with reasonable adjustments.",
                    "Ill-health retirement agreed."),
            CaseType.WORKLOAD_CONCERN, List.of(
                    "Caseload reduced by eight cases for three months.",
                    "Stress risk assessment completed; actions agreed and reviewed.",
                    "Reasonable adjustments agreed: protected admin time each week.",
                    "Escalated to the branch; taken up at the regional JNC."),
            CaseType.GRIEVANCE, List.of(
                    "Grievance upheld in part.",
                    "Grievance not upheld; appeal lodged out of time.",
                    "Resolved informally with mediation."),
            CaseType.DISCIPLINARY, List.of(
                    "No case to answer.",
                    "Management advice only.",
                    "First written warning issued.",
                    "Allegation dropped after investigation."),
            CaseType.OTHER, List.of(
                    "Advice given; no further action.",
                    "Referred to the regional organiser."));

    static final List<String> WORKLOAD_ACCOUNTS = List.of(
            "WMT shows {first} at over 120% for most of the last quarter; holds several high-risk cases and covers court duty.",
            "Caseload has grown since two vacancies in the team were left unfilled; the WMT does not count the cover work.",
            "{first} has been covering an absent colleague's cases without any reduction in their own.",
            "Uncommenced requirements and responsive work (MAPPA meetings, safeguarding calls) are not counted by the WMT.",
            "Management accept high capacity figures but say the absence is unrelated; we dispute this.",
            "PQiP supervision and induction of new staff fall on {first} on top of a full caseload.");

    static final List<String> UNCOUNTED_WORK = List.of(
            "Court duty cover (half a day)", "Covering a vacant caseload", "MAPPA level 2 meetings",
            "Safeguarding referrals and calls", "Uncommenced unpaid work requirements", "Supervising a PQiP",
            "Serious further offence review preparation", "Home visits with travel across the county");

    /** Entries a rep writes by hand: summary and note, per kind. */
    static final Map<EntryKind, List<String[]>> ENTRIES = Map.of(
            EntryKind.MEETING, List.of(
                    new String[] {"Pre-meeting with {first}",
                        "Met {first} before the meeting with {manager}. Went through the timeline, the fit notes and the"
                                + " WMT printouts. Agreed I will ask for the meeting to be adjourned if the OH report is"
                                + " not available."},
                    new String[] {"Meeting with {manager}",
                        "Attended with {first}. {manager} confirmed the stage ({stage}). I put the case that workload"
                                + " is a factor and asked for the WMT figures for the whole team. Notes of meeting to"
                                + " follow within 5 working days."},
                    new String[] {"Review meeting",
                        "Review of the improvement plan. Targets partly met; {first} explained that two new high-risk"
                                + " cases were allocated in the review period. Asked for the targets to be paused."}),
            EntryKind.HEARING, List.of(
                    new String[] {"Hearing: {stage}",
                        "Hearing chaired by {manager}. I summed up {first}'s case and asked that the unions' demand to"
                                + " suspend proceedings where workload is a factor be applied. Decision reserved."},
                    new String[] {"Appeal hearing",
                        "Appeal heard. Raised procedural failings (no OH referral before the formal stage) and the"
                                + " capacity figures over 110% for more than four weeks."}),
            EntryKind.PHONE_CALL, List.of(
                    new String[] {"Call with {first}", "{first} rang upset after an email from {manager}. Talked through"
                            + " next steps; advised not to reply until we have spoken."},
                    new String[] {"Call to HR adviser", "Asked HR whether the trigger is pro rata for {first}'s"
                            + " hours. They will check and reply by Friday."},
                    new String[] {"Call from {manager}", "{manager} proposed a new date for the meeting. Within the"
                            + " 5 working days allowed; agreed."}),
            EntryKind.EMAIL, List.of(
                    new String[] {"Email to {manager}", "Requested the WMT reports for the last 12 weeks and the"
                            + " allocation records for the team."},
                    new String[] {"Email from HR", "HR confirm the meeting will go ahead; OH report attached."},
                    new String[] {"Email to {first}", "Sent {first} the notes of the meeting to check before I return"
                            + " them to {manager}."}),
            EntryKind.DOCUMENT, List.of(
                    new String[] {"Fit note received", "Fit note: work-related stress, 4 weeks. Copy held by the member."},
                    new String[] {"OH report", "OH report recommends a phased return and a reduced caseload for 8 weeks."},
                    new String[] {"Stress risk assessment", "Individual stress risk assessment completed with {first};"
                            + " workload demands scored red."},
                    new String[] {"Written statement", "Prepared {first}'s written statement for the meeting."}),
            EntryKind.NOTE, List.of(
                    new String[] {"Note", "{first} is worried about the effect of a warning on a planned move to the"
                            + " court team. Reassured; we will raise it at the meeting."},
                    new String[] {"Branch advice", "Spoke to the branch chair. The branch will collect similar cases"
                            + " as evidence for the workload demands."},
                    new String[] {"Reflection", "Pattern here matches other cases in the PDU: high capacity, staff"
                            + " shortages, then capability. Logged for the branch."}));

    /** Paragraphs joined into the occasional long note (a full record of a hearing). */
    static final List<String> LONG_NOTE_PARAGRAPHS = List.of(
            "Present: {first}, me as the union representative, {manager} as chair, and an HR adviser taking notes.",
            "The chair opened by explaining the purpose of the meeting and the possible outcomes, including a written"
                    + " warning. I asked that it be recorded that {first} had not received the OH report until the"
                    + " morning of the meeting.",
            "I set out the workload evidence: WMT capacity over 110% for more than four consecutive weeks, the"
                    + " allocation of three new high-risk cases in one month, and court duty cover that the WMT does"
                    + " not count.",
            "{first} spoke about the impact on their health and family, the fit notes, and the steps taken to"
                    + " manage their own wellbeing, including contact with the employee assistance programme.",
            "The chair asked about the last spell of absence. {first} explained the link to the stress of covering"
                    + " a vacant caseload. I referred to the policy's discretion not to warn and asked that it be used.",
            "HR confirmed that reasonable adjustments had been discussed but not put in writing. I asked for them"
                    + " to be confirmed in writing before any decision.",
            "Adjournment for 20 minutes. On return the chair said a decision would be sent in writing within"
                    + " 5 working days, and confirmed the right of appeal.",
            "Afterwards I debriefed {first}, who was tired but felt heard. Agreed next steps: I will check the"
                    + " notes of meeting, {first} will book a GP review, and we will meet again once the letter arrives.");

    static final List<String[]> DEADLINES = List.of(
            new String[] {"Send written statement to {manager}", "false"},
            new String[] {"Return notes of meeting with corrections", "false"},
            new String[] {"Appeal letter due", "false"},
            new String[] {"Chase OH referral report", "false"},
            new String[] {"Reasonable adjustments request to {manager}", "false"},
            new String[] {"Review of improvement plan", "true"},
            new String[] {"Hearing: {stage}", "true"},
            new String[] {"Formal meeting with {manager}", "true"});
}
