package org.repdesk.service;

import java.nio.file.Path;
import java.time.Clock;
import org.repdesk.store.AuditStore;
import org.repdesk.store.Database;
import org.repdesk.store.MemberStore;
import org.repdesk.store.SettingsStore;
import org.repdesk.store.WorkloadStore;

/**
 * The services over one open data file, wired once and handed to the app or the CLI (no global
 * state, so tests open their own temp file).
 */
public final class RepDesk implements AutoCloseable {

    private final Database db;
    private final MemberService members;
    private final CaseService cases;
    private final SettingsService settings;
    private final WorkloadService workload;
    private final DemandService demands;
    private final AuditTrail audit;
    private final DocumentService documents;
    private final HearingService hearings;
    private final Clock clock;
    private final AbsenceService absences;

    public RepDesk(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.settings = new SettingsService(new SettingsStore(db));
        this.audit = new AuditTrail(new AuditStore(db), settings);
        this.members = new MemberService(db, new MemberStore(db), audit);
        this.cases = new CaseService(db, clock, audit);
        this.workload = new WorkloadService(db, new WorkloadStore(db), settings, audit);
        this.demands = new DemandService(db, clock, audit, this::figuresOnly);
        this.absences = new AbsenceService(db, settings, audit, clock);
        this.documents = new DocumentService(db, audit);
        this.hearings = new HearingService(db, clock, audit);
    }

    /** Opens (creating if needed) and migrates the data file. */
    public static RepDesk open(Path file) {
        return new RepDesk(Database.open(file), Clock.systemDefaultZone());
    }

    /**
     * Opens a branch casebook on PostgreSQL as the address's login ({@code password} null: the
     * driver reads ~/.pgpass). See docs/casebook.md.
     */
    public static RepDesk openCasebook(org.repdesk.model.CasebookAddress address, char[] password) {
        RepDesk desk = new RepDesk(Database.openCasebook(address, password), Clock.systemDefaultZone());
        desk.access(); // asked here, off the FX thread, so the window can ask it freely
        return desk;
    }

    /** Opens another data file to read from (a rep's file brought into a casebook), without a snapshot of it. */
    public static RepDesk openCopy(Path file, char[] passphrase) {
        return new RepDesk(Database.openCopy(file, passphrase), Clock.systemDefaultZone());
    }

    /** Opens a file that may be protected with a passphrase (null for none). */
    public static RepDesk open(Path file, char[] passphrase) {
        return new RepDesk(Database.open(file, passphrase), Clock.systemDefaultZone());
    }

    /**
     * Opens an existing file only to read it: checks, exports and documents leave its bytes unchanged
     * ({@link Database#openToRead}).
     */
    public static RepDesk openToRead(Path file, char[] passphrase) {
        return new RepDesk(Database.openToRead(file, passphrase), Clock.systemDefaultZone());
    }

    /** At start-up, before anything opens a file: the SQLite library is unpacked once, into RepDesk's cache folder. */
    public static void keepNativeLibraryCached() {
        Database.keepNativeLibraryIn(DataLocation.cacheFolder().resolve("native"));
    }

    /** Loads the SQLite driver and its native library ahead of the first open (they take a while the first time). */
    public static void loadDriver() {
        Database.loadDriver();
    }

    /**
     * Runs {@code check} on the calling thread before every read, save and search of any desk: the
     * GUI refuses (or reports) calls from its own thread with it. Null removes the check.
     */
    public static void checkEachStoreCall(Runnable check) {
        org.repdesk.store.Database.checkEachCall(check);
    }

    /**
     * What the data and the day are at this moment, for a reader to tell later, cheaply, whether what it read may
     * have changed: equal marks mean no write (through this desk or another connection) and the same day.
     * Empty on a casebook, whose readers read again (see {@link Database#changeMark}).
     */
    public java.util.Optional<Seen> seen() {
        return db.changeMark().map(m -> new Seen(m, cases().today()));
    }

    /** See {@link #seen()}: compared only for equality. */
    public record Seen(Database.Mark data, java.time.LocalDate today) {
    }

    /** True when the file at {@code file} looks protected with a passphrase (so one must be asked for). */
    public static boolean isProtected(Path file) {
        return Database.isProtected(file);
    }

    public Database database() {
        return db;
    }

    /** The data file these services work on (for the window title and messages), without reaching into the store; null for a casebook. */
    public Path dataFile() {
        return db.file();
    }

    /** The data file, or the casebook and its login, as a rep would recognise it in a message. */
    public String describe() {
        return db.describe();
    }

    /** True when these services work on a branch casebook rather than the rep's own file. */
    public boolean isCasebook() {
        return db.isCasebook();
    }

    /**
     * True when this login may read the figures only (a casebook's reader): no member, case or note,
     * so a desk shows the briefs and the demands log and nothing that would only be refused. Asked
     * once, off the FX thread, when the desk opens.
     */
    public boolean figuresOnly() {
        return access().figuresOnly();
    }

    /**
     * True when this login may keep the demands log (raise, edit, answer and move demands, record
     * meetings): a rep's own file, or a casebook's owner or officer. V7 grants writes on the demands
     * tables to officers only; a casebook's reps and readers read the log, and a rep links own cases
     * as evidence, so a desk offers them no button the server would refuse. Asked once, off the FX thread.
     */
    public boolean mayKeepDemandsLog() {
        // The demands log's grant is the shared settings' grant: the branch's shared tables.
        return access().mayChangeSharedSettings();
    }

    /**
     * True when this login may change what the whole desk shares (stage lists, WMT, attendance and
     * retention figures): a data file, or a casebook's owner or officer. Asked once, off the FX thread.
     */
    public boolean mayChangeSharedSettings() {
        return access().mayChangeSharedSettings();
    }

    /** What this login may do, known once its role in the casebook was asked. */
    private record Access(boolean figuresOnly, boolean mayChangeSharedSettings) {
    }

    private volatile Access access;

    /** Asks the login's role in the casebook once (a data file asks nothing) and keeps what it allows. */
    private Access access() {
        Access known = access;
        if (known == null) {
            org.repdesk.store.Casebooks.Role role = db.isCasebook() ? org.repdesk.store.Casebooks.roleOf(db) : null;
            known = new Access(role == org.repdesk.store.Casebooks.Role.READER, settings.mayChangeSharedSettings(role));
            access = known;
        }
        return known;
    }

    public MemberService members() {
        return members;
    }

    public CaseService cases() {
        return cases;
    }

    public SettingsService settings() {
        return settings;
    }

    public WorkloadService workload() {
        return workload;
    }

    /** The CSV member importer over this file. */
    public MemberImport memberImport() {
        return new MemberImport(db);
    }

    /** CSV and JSON exports of this file. */
    public Exporter exporter() {
        return new Exporter(this);
    }

    /** The aggregate queries a negotiation brief is computed from. */
    public org.repdesk.store.BriefQueries briefQueries() {
        return new org.repdesk.store.BriefQueries(db); // since V20 every login reads the brief's views
    }

    /** The dashboard's figures as aggregate queries. */
    public org.repdesk.store.CaseloadQueries caseloadQueries() {
        return new org.repdesk.store.CaseloadQueries(db, figuresOnly());
    }

    public DemandService demands() {
        return demands;
    }

    /** Documents on cases: letters, fit notes, reports, e-mails. */
    public DocumentService documents() {
        return documents;
    }

    /** Deadlines with a hearing's time, place and people, and how their dates were worked out. */
    public HearingService hearings() {
        return hearings;
    }

    /** Notes kept as they are typed, offered back after a crash. */
    public NoteDrafts noteDrafts() {
        return new NoteDrafts(db, this);
    }

    /** Letters from templates: the templates, filling one for a case, keeping the letter on it. */
    public LetterService letters() {
        return new LetterService(db, this, clock);
    }

    /** Hearings and deadlines as an iCalendar file. */
    public CalendarExport calendar() {
        return new CalendarExport(this);
    }

    /** Who changed what, and when. */
    public AuditTrail audit() {
        return audit;
    }

    /** The retention review over this file: what is past its period, and deleting or anonymising it. */
    public Retention retention() {
        return new Retention(db, this, clock);
    }

    /** The passphrase protecting the data file: set, change, remove. */
    public Protection protection() {
        return new Protection(db);
    }

    /** Everything held about one member, for a subject access request. */
    public SubjectAccess subjectAccess() {
        return new SubjectAccess(this);
    }

    /** Members' sickness absences, working patterns and the attendance trigger calculator. */
    public AbsenceService absences() {
        return absences;
    }

    @Override
    public void close() {
        db.close();
    }
}
