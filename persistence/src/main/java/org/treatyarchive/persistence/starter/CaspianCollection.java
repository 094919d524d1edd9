package org.treatyarchive.persistence.starter;

import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementFormat;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementRepository;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.RelationType;
import org.treatyarchive.event.Event;
import org.treatyarchive.event.EventLevel;
import org.treatyarchive.event.EventRepository;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyKind;
import org.treatyarchive.party.PartyRepository;
import org.treatyarchive.shared.ArchivistNote;
import org.treatyarchive.shared.DatePrecision;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.NoteKind;
import org.treatyarchive.shared.SourceCitation;
import org.treatyarchive.subject.Subject;
import org.treatyarchive.subject.SubjectRepository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The starter collection: agreements, summits and parties of Caspian and Central Asian diplomacy,
 * written through the domain model so that every record passes the same rules as one an archivist
 * enters.
 * <p>
 * Facts come from two kinds of source, cited on every record: the documents the archive was
 * started from, and widely published treaty records. Where they disagree the record carries both and
 * a note of the conflict, rather than silently choosing one. Texts are the archive's own summaries,
 * not the authentic texts, and say so.
 */
final class CaspianCollection {

    record Counts(int parties, int subjects, int events, int agreements) {
    }

    static final SourceCitation FOUNDING_SOURCES = SourceCitation.of(
            "Founding source documents of the archive: notes on Caspian and Central Asian diplomacy (cited as 'src').");
    static final SourceCitation PUBLISHED_RECORDS = SourceCitation.of(
            "Widely published treaty and summit records (cited as 'pub').");

    private static final String SUMMARY_NOTICE =
            "The article texts of this record are the archive's summaries, not the authentic text; enter the authentic text from the original.";

    private final PartyRepository partyRepository;
    private final SubjectRepository subjectRepository;
    private final EventRepository eventRepository;
    private final AgreementRepository agreementRepository;

    private final Map<String, Party> parties = new HashMap<>();
    private final Map<String, Subject> subjects = new HashMap<>();
    private final Map<String, Event> events = new HashMap<>();
    private int agreementCount;

    CaspianCollection(PartyRepository parties, SubjectRepository subjects, EventRepository events, AgreementRepository agreements) {
        this.partyRepository = parties;
        this.subjectRepository = subjects;
        this.eventRepository = events;
        this.agreementRepository = agreements;
    }

    Counts load() {
        loadParties();
        loadSubjects();
        loadEvents();
        loadAgreements();
        return new Counts(parties.size(), subjects.size(), events.size(), agreementCount);
    }

    // --- parties --------------------------------------------------------------------------------

    private void loadParties() {
        Party persia = party("PERSIA", "Persia (Qajar state)", PartyKind.HISTORIC_STATE, null,
                "Historic state; party to the Treaty of Turkmenchay (1828) and the Treaty of Friendship of 1921. Predecessor of Iran.");
        persia.nameIn("fa", "دولت علیّه ایران");
        Party empire = party("RU-EMPIRE", "Russian Empire", PartyKind.HISTORIC_STATE, null,
                "Historic state; party to the Treaty of Turkmenchay (1828).");
        empire.nameIn("ru", "Российская империя");
        empire.existed(LocalDate.of(1721, 11, 2), LocalDate.of(1917, 9, 14));
        Party rsfsr = party("RSFSR", "Russian Socialist Federative Soviet Republic", PartyKind.HISTORIC_STATE, null,
                "Historic state; party to the Treaty of Friendship with Persia of 1921.");
        rsfsr.nameIn("ru", "Российская Социалистическая Федеративная Советская Республика");
        rsfsr.succeed(empire);
        Party ussr = party("USSR", "Union of Soviet Socialist Republics", PartyKind.HISTORIC_STATE, null,
                "Historic state; party to the Treaty of Commerce and Navigation with Iran of 1940. The Russian Federation continues its international personality.");
        ussr.nameIn("ru", "Союз Советских Социалистических Республик");
        ussr.existed(LocalDate.of(1922, 12, 30), LocalDate.of(1991, 12, 26));
        ussr.succeed(rsfsr);

        Party iran = party("IR", "Islamic Republic of Iran", PartyKind.STATE, "IR", "Littoral state of the Caspian Sea.");
        iran.nameIn("fa", "جمهوری اسلامی ایران");
        iran.nameIn("ru", "Исламская Республика Иран");
        iran.succeed(persia);
        Party russia = party("RU", "Russian Federation", PartyKind.STATE, "RU",
                "Littoral state of the Caspian Sea; continuator of the USSR.");
        russia.nameIn("fa", "فدراسیون روسیه");
        russia.nameIn("ru", "Российская Федерация");
        russia.succeed(ussr);
        Party kazakhstan = party("KZ", "Republic of Kazakhstan", PartyKind.STATE, "KZ",
                "Littoral state of the Caspian Sea. Its capital Astana was named Nur-Sultan from 2019 to 2022.");
        kazakhstan.nameIn("fa", "جمهوری قزاقستان");
        kazakhstan.nameIn("kk", "Қазақстан Республикасы");
        kazakhstan.nameIn("ru", "Республика Казахстан");
        Party azerbaijan = party("AZ", "Republic of Azerbaijan", PartyKind.STATE, "AZ", "Littoral state of the Caspian Sea.");
        azerbaijan.nameIn("az", "Azərbaycan Respublikası");
        azerbaijan.nameIn("fa", "جمهوری آذربایجان");
        azerbaijan.nameIn("ru", "Азербайджанская Республика");
        Party turkmenistan = party("TM", "Turkmenistan", PartyKind.STATE, "TM", "Littoral state of the Caspian Sea.");
        turkmenistan.nameIn("fa", "ترکمنستان");
        turkmenistan.nameIn("tk", "Türkmenistan");
        turkmenistan.nameIn("ru", "Туркменистан");

        party("GE", "Georgia", PartyKind.STATE, "GE", "Non-littoral partner; transit state of the Europe–Caucasus–Asia corridor.")
                .nameIn("ka", "საქართველო");
        party("TR", "Republic of Türkiye", PartyKind.STATE, "TR", "Non-littoral partner.")
                .nameIn("tr", "Türkiye Cumhuriyeti");
        party("KG", "Kyrgyz Republic", PartyKind.STATE, "KG", "Non-littoral partner in Central Asia.")
                .nameIn("ky", "Кыргыз Республикасы");
        party("UZ", "Republic of Uzbekistan", PartyKind.STATE, "UZ", "Non-littoral partner in Central Asia.")
                .nameIn("uz", "Oʻzbekiston Respublikasi");
        party("TJ", "Republic of Tajikistan", PartyKind.STATE, "TJ", "Non-littoral partner in Central Asia.")
                .nameIn("tg", "Ҷумҳурии Тоҷикистон");

        party("KMG", "KazMunayGas", PartyKind.STATE_ENTERPRISE, null, "National oil and gas company of Kazakhstan.")
                .nameIn("kk", "ҚазМұнайГаз");
        party("SOCAR", "State Oil Company of the Azerbaijan Republic (SOCAR)", PartyKind.STATE_ENTERPRISE, null,
                "State oil company of Azerbaijan.")
                .nameIn("az", "Azərbaycan Respublikası Dövlət Neft Şirkəti");
    }

    private Party party(String code, String name, PartyKind kind, String isoCode, String notes) {
        Party party = new Party(code, name, kind);
        party.assignIsoCode(isoCode);
        party.describe(notes);
        partyRepository.add(party);
        parties.put(code, party);
        return party;
    }

    // --- subjects -------------------------------------------------------------------------------

    private void loadSubjects() {
        subject("Legal status of the Caspian Sea", "The division and use of the sea, its seabed and airspace among the littoral states.");
        subject("Seabed delimitation", "Lines dividing the seabed and subsoil between neighbouring states.");
        subject("Marine environment", "Protection of the Caspian Sea against pollution.");
        subject("Security", "Cooperation of the littoral states in security at sea.");
        subject("Transport and transit", "Corridors, routes and transit across the Caspian region.");
        subject("Trade and economic cooperation", "Free trade, economic space and economic cooperation.");
        subject("Aquatic biological resources", "Fisheries and the conservation of living resources of the sea.");
        subject("Hydrometeorology", "Weather and sea-state observation and forecasting.");
        subject("Emergencies", "Prevention of and response to emergencies at sea.");
        subject("Energy and pipelines",
                "Export of oil and gas, for example through the Baku–Tbilisi–Ceyhan pipeline, the South Caucasus Pipeline "
                        + "or the planned Turkmenistan–Afghanistan–Pakistan–India pipeline.");
        subject("Navigation", "Shipping and the presence of naval and merchant vessels.");
        subject("Peace and boundaries", "Treaties ending wars and fixing frontiers.");
        subject("Friendship and cooperation", "Treaties of friendship and general political cooperation.");
        subject("Regional organisations", "Founding instruments of regional organisations.");
    }

    private void subject(String name, String description) {
        Subject subject = new Subject(name, description);
        subjectRepository.add(subject);
        subjects.put(name, subject);
    }

    // --- events ---------------------------------------------------------------------------------

    private void loadEvents() {
        Event working = event("Special Working Group on the legal status of the Caspian Sea", EventLevel.DEPUTY_FOREIGN_MINISTERS,
                HistoricalDate.ofYear(1996), "Capitals of the littoral states, in turn",
                "Sessions at the level of deputy foreign ministers, held since 1996, that prepared the drafts of the Convention on "
                        + "the Legal Status of the Caspian Sea. Its 39th meeting was held in Baku.");
        working.annotate(ArchivistNote.general("Recorded as one event for the whole series of sessions; the date is the year the series began."));

        Event first = event("First Caspian Summit", EventLevel.HEADS_OF_STATE, HistoricalDate.ofDay(2002, 4, 23), "Ashgabat",
                "The heads of the five littoral states met for the first time and discussed pollution and the protection of the sea's waters.");
        first.endsOn(HistoricalDate.ofDay(2002, 4, 24));
        first.annotate(ArchivistNote.sourceConflict("One founding source dates this summit 'Ashgabat, 2002' and, in the same sentence, "
                + "says it was held in April 2003. Published records give 23–24 April 2002, which the archive records."));

        Event second = event("Second Caspian Summit", EventLevel.HEADS_OF_STATE, HistoricalDate.ofDay(2007, 10, 16), "Tehran",
                "Adopted the Tehran Declaration, which set out principles on fisheries, the environment and shipping; "
                        + "a memorandum on security cooperation was negotiated.");
        second.annotate(ArchivistNote.sourceConflict("One founding source places the signing of the Caspian environment convention at this "
                + "summit. The Framework Convention for the Protection of the Marine Environment of the Caspian Sea was signed in Tehran "
                + "on 4 November 2003 and entered into force in 2006; see its record."));

        Event third = event("Third Caspian Summit", EventLevel.HEADS_OF_STATE, HistoricalDate.ofDay(2010, 11, 18), "Baku",
                "Signature of the Agreement on Security Cooperation in the Caspian Sea.");
        String numbering = "The sources number the summits differently: one calls the 2010 Baku summit the third, another lists the "
                + "summits in a sequence that makes Astrakhan (2014) the fourth and Aktau (2018) the fifth. Both agree on the dates; "
                + "the archive uses the sequence First (Ashgabat 2002) to Fifth (Aktau 2018).";
        third.annotate(ArchivistNote.sourceConflict(numbering));

        Event fourth = event("Fourth Caspian Summit", EventLevel.HEADS_OF_STATE, HistoricalDate.ofDay(2014, 9, 29), "Astrakhan",
                "Signature of three agreements of the five littoral states: on hydrometeorology, on emergencies, and on aquatic biological resources.");
        fourth.annotate(ArchivistNote.sourceConflict(numbering));

        event("Meeting of foreign ministers of the Caspian states", EventLevel.FOREIGN_MINISTERS, HistoricalDate.ofYear(2017), "Astana",
                "Adjourned with three questions unresolved: the division of the sea, seabed pipelines and navigation.");

        Event fifth = event("Fifth Caspian Summit", EventLevel.HEADS_OF_STATE, HistoricalDate.ofDay(2018, 8, 12), "Aktau",
                "Signature of the Convention on the Legal Status of the Caspian Sea.");
        fifth.annotate(ArchivistNote.sourceConflict(numbering));
    }

    private Event event(String name, EventLevel level, HistoricalDate starts, String place, String outcome) {
        Event event = new Event(name, level, starts);
        event.heldIn(place);
        event.recordOutcome(outcome);
        event.cite(FOUNDING_SOURCES);
        if (starts.precision() == DatePrecision.DAY) {
            event.cite(PUBLISHED_RECORDS);
        }
        eventRepository.add(event);
        events.put(name, event);
        return event;
    }

    // --- agreements -----------------------------------------------------------------------------

    private void loadAgreements() {
        Agreement turkmenchay = agreement("Treaty of Peace between Persia and the Russian Empire (Treaty of Turkmenchay)",
                "Treaty of Turkmenchay", AgreementKind.TREATY, AgreementFormat.BILATERAL, HistoricalDate.ofDay(1828, 2, 22), "Turkmenchay",
                "PERSIA", "RU-EMPIRE");
        turkmenchay.summarize("Peace treaty between Qajar Persia and the Russian Empire. Among its terms, Persia was barred from keeping "
                + "military ships on the Caspian Sea.");
        turkmenchay.addTitle("ru", "Туркманчайский мирный договор");
        turkmenchay.addTitle("fa", "عهدنامه ترکمانچای");
        classify(turkmenchay, "Peace and boundaries", "Navigation");
        turkmenchay.annotate(ArchivistNote.sourceConflict("The founding sources give only the year 1828. Published records give "
                + "10 February (Julian calendar) or 22 February 1828 (Gregorian calendar); the archive records the Gregorian date."));

        Agreement friendship = agreement("Treaty of Friendship between Persia and the Russian Socialist Federative Soviet Republic",
                "Persian–Soviet Treaty of Friendship (1921)", AgreementKind.TREATY, AgreementFormat.BILATERAL, HistoricalDate.ofDay(1921, 2, 26),
                "Moscow", "PERSIA", "RSFSR");
        friendship.summarize("Treaty of friendship between Persia and Soviet Russia. Iran cites it, together with the 1940 treaty, as the "
                + "basis of the legal regime of the Caspian Sea (the '1921 and 1940 agreements').");
        friendship.stateStatus(AgreementStatus.IN_FORCE);
        friendship.annotate(ArchivistNote.general("The sources consulted do not give the date of entry into force. The status 'in force' "
                + "reflects Iran's position that the 1921 and 1940 agreements govern the Caspian regime."));
        classify(friendship, "Friendship and cooperation", "Legal status of the Caspian Sea", "Navigation");
        friendship.relations().add(RelationType.TERMINATES, turkmenchay,
                "Published records: the 1921 treaty declared void the treaties of the Tsarist government with Persia and lifted the "
                        + "Turkmenchay ban on Persian ships in the Caspian.");

        Agreement commerce = agreement("Treaty of Commerce and Navigation between Iran and the Union of Soviet Socialist Republics",
                "Iranian–Soviet Treaty of Commerce and Navigation (1940)", AgreementKind.TREATY, AgreementFormat.BILATERAL,
                HistoricalDate.ofDay(1940, 3, 25), "Tehran", "IR", "USSR");
        commerce.summarize("Treaty of commerce and navigation; the '1940 agreement' that Iran cites, with the 1921 treaty, for the legal "
                + "regime of the Caspian Sea.");
        commerce.stateStatus(AgreementStatus.IN_FORCE);
        commerce.annotate(ArchivistNote.general("Iran is recorded under the register's entry for the present-day state, which has no "
                + "separate entry for the Iran of 1940. The sources do not give the date of entry into force; the status reflects "
                + "Iran's position that the agreement governs the Caspian regime."));
        classify(commerce, "Trade and economic cooperation", "Navigation", "Legal status of the Caspian Sea");

        Agreement economicSpace = agreement("Agreement on the Creation of a Common Economic Space", "Common Economic Space Agreement (1994)",
                AgreementKind.AGREEMENT, AgreementFormat.MULTILATERAL, HistoricalDate.ofDay(1994, 4, 30), null, "KZ", "KG", "UZ");
        economicSpace.summarize("Agreement of Kazakhstan, Kyrgyzstan and Uzbekistan on a common economic space: a step of Central Asian "
                + "regional integration.");
        classify(economicSpace, "Trade and economic cooperation");

        Agreement cooperation = agreement("Agreement on cooperation between the Republic of Azerbaijan and the Republic of Kazakhstan",
                null, AgreementKind.AGREEMENT, AgreementFormat.BILATERAL, HistoricalDate.ofMonth(1997, 6), null, "AZ", "KZ");
        cooperation.summarize("Signed during the first official visit of President Heydar Aliyev of Azerbaijan to Kazakhstan.");
        cooperation.annotate(ArchivistNote.general("The sources describe 'agreements on cooperation and on free trade' signed in June 1997 "
                + "without their exact titles or day; the title is descriptive."));
        classify(cooperation, "Friendship and cooperation");

        Agreement freeTrade = agreement("Agreement on free trade between the Republic of Azerbaijan and the Republic of Kazakhstan",
                null, AgreementKind.AGREEMENT, AgreementFormat.BILATERAL, HistoricalDate.ofMonth(1997, 6), null, "AZ", "KZ");
        freeTrade.summarize("Free trade agreement signed during the first official visit of President Heydar Aliyev of Azerbaijan to Kazakhstan.");
        freeTrade.annotate(ArchivistNote.general("Title descriptive; the sources give neither the exact title nor the day of signature."));
        classify(freeTrade, "Trade and economic cooperation");

        Agreement traceca = agreement("Basic Multilateral Agreement on International Transport for Development of the Europe–Caucasus–Asia Corridor",
                "TRACECA Basic Multilateral Agreement", AgreementKind.AGREEMENT, AgreementFormat.MULTILATERAL, HistoricalDate.ofDay(1998, 9, 8),
                "Baku", "AZ", "KZ", "GE");
        traceca.summarize("Framework for international road, rail and sea transport along the Europe–Caucasus–Asia corridor (TRACECA). "
                + "Its permanent secretariat sits in Baku.");
        traceca.annotate(new ArchivistNote(NoteKind.INCOMPLETE, "A founding source says the agreement was concluded by about thirty "
                + "states, naming Azerbaijan, Kazakhstan and Georgia; only these are recorded as parties until the list of signatories "
                + "is taken from the depositary's records."));
        traceca.annotate(ArchivistNote.sourceConflict("A founding source gives 7–8 September 1998, the days of the Baku conference; "
                + "published records give 8 September 1998 as the day of signature, which the archive records."));
        classify(traceca, "Transport and transit");

        Agreement seabed = agreement("Agreement between the Republic of Azerbaijan and the Republic of Kazakhstan on the delimitation of the "
                        + "seabed of the northern part of the Caspian Sea", "Azerbaijan–Kazakhstan Seabed Agreement (2001)",
                AgreementKind.AGREEMENT, AgreementFormat.BILATERAL, HistoricalDate.ofDay(2001, 11, 29), null, "AZ", "KZ");
        seabed.summarize("Divides the seabed of the northern Caspian between Azerbaijan and Kazakhstan for the exercise of sovereign "
                + "rights to the use of the subsoil.");
        classify(seabed, "Seabed delimitation", "Legal status of the Caspian Sea");

        Agreement protocol = agreement("Additional Protocol to the Agreement between the Republic of Azerbaijan and the Republic of "
                        + "Kazakhstan on the delimitation of the seabed of the northern part of the Caspian Sea",
                "Additional Protocol to the 2001 Seabed Agreement", AgreementKind.ADDITIONAL_PROTOCOL, AgreementFormat.BILATERAL,
                HistoricalDate.ofDay(2003, 2, 27), null, "AZ", "KZ");
        protocol.summarize("Supplements the seabed delimitation agreement of 29 November 2001.");
        classify(protocol, "Seabed delimitation");
        protocol.relations().add(RelationType.SUPPLEMENTS, seabed, null);

        Agreement junction = agreement("Agreement between the Republic of Azerbaijan, the Republic of Kazakhstan and the Russian Federation on "
                        + "the junction point of the delimitation lines of adjacent sections of the Caspian seabed",
                "Caspian Seabed Junction Point Agreement", AgreementKind.AGREEMENT, AgreementFormat.MULTILATERAL,
                HistoricalDate.ofDay(2003, 5, 14), "Almaty", "KZ", "AZ", "RU");
        junction.summarize("Fixes the point where the seabed delimitation lines of Azerbaijan, Kazakhstan and Russia meet, completing the "
                + "delimitation of the northern Caspian seabed.");
        junction.annotate(ArchivistNote.sourceConflict("The founding sources give only the year 2003; published records give "
                + "14 May 2003 in Almaty, which the archive records."));
        classify(junction, "Seabed delimitation", "Legal status of the Caspian Sea");
        junction.relations().add(RelationType.REFERS_TO, seabed, "Completes the northern delimitation begun by the bilateral agreements.");

        Agreement tehran = agreement("Framework Convention for the Protection of the Marine Environment of the Caspian Sea", "Tehran Convention",
                AgreementKind.CONVENTION, AgreementFormat.MULTILATERAL, HistoricalDate.ofDay(2003, 11, 4), "Tehran", "IR", "RU", "KZ", "AZ", "TM");
        tehran.enteredIntoForce(HistoricalDate.ofDay(2006, 8, 12));
        tehran.summarize("The first legally binding regional instrument signed by all five littoral states: a framework for protecting "
                + "the Caspian marine environment against pollution.");
        tehran.addTitle("ru", "Рамочная конвенция по защите морской среды Каспийского моря");
        tehran.annotate(ArchivistNote.sourceConflict("One founding source places the signing of this convention at the Tehran summit of "
                + "2007. Published records give signature in Tehran on 4 November 2003 and entry into force on 12 August 2006, which "
                + "the archive records."));
        classify(tehran, "Marine environment");

        Agreement pipeline = agreement("Agreement on the Basic Principles for the Establishment of the Trans-Caspian Transport System",
                "Trans-Caspian Transport System Agreement", AgreementKind.AGREEMENT, AgreementFormat.BILATERAL, HistoricalDate.ofYear(2008),
                null, "KMG", "SOCAR");
        pipeline.summarize("Agreement between the national oil companies of Kazakhstan and Azerbaijan to carry oil from the Tengiz and "
                + "Kashagan fields across the Caspian and on through the Baku–Tbilisi–Ceyhan pipeline.");
        pipeline.stateStatus(AgreementStatus.TERMINATED);
        pipeline.annotate(ArchivistNote.general("The sources report that the arrangement ended after the tariff rise of 2011 without giving "
                + "a date of termination; the status is recorded as stated by them."));
        classify(pipeline, "Energy and pipelines", "Transport and transit");

        Agreement nakhchivan = agreement("Nakhchivan Agreement on the Establishment of the Cooperation Council of Turkic-Speaking States",
                "Nakhchivan Agreement", AgreementKind.AGREEMENT, AgreementFormat.MULTILATERAL, HistoricalDate.ofDay(2009, 10, 3), "Nakhchivan",
                "AZ", "KZ", "KG", "TR");
        nakhchivan.summarize("Founding instrument of the Cooperation Council of Turkic-Speaking States; its parties are the founding states.");
        classify(nakhchivan, "Regional organisations");

        Agreement security = agreement("Agreement on Security Cooperation in the Caspian Sea", null, AgreementKind.AGREEMENT,
                AgreementFormat.MULTILATERAL, HistoricalDate.ofDay(2010, 11, 18), "Baku", "IR", "RU", "KZ", "AZ", "TM");
        security.summarize("Cooperation of the five littoral states in security in the Caspian Sea, signed by all five at the Third Caspian Summit.");
        security.adoptedAt(events.get("Third Caspian Summit"));
        classify(security, "Security");

        Event astrakhan = events.get("Fourth Caspian Summit");
        Agreement weather = astrakhanAgreement("Agreement on Cooperation in the Field of Hydrometeorology of the Caspian Sea",
                "Caspian Hydrometeorology Agreement", astrakhan, "Hydrometeorology");
        weather.summarize("Cooperation of the littoral states in observing and forecasting the weather and the state of the Caspian Sea.");
        Agreement emergencies = astrakhanAgreement("Agreement on Cooperation in the Prevention of and Response to Emergencies in the Caspian Sea",
                "Caspian Emergencies Agreement", astrakhan, "Emergencies");
        emergencies.summarize("Cooperation of the littoral states in preventing emergencies in the Caspian Sea and in responding to them.");
        Agreement fisheries = astrakhanAgreement("Agreement on the Conservation and Rational Use of Aquatic Biological Resources of the Caspian Sea",
                "Caspian Aquatic Biological Resources Agreement", astrakhan, "Aquatic biological resources");
        fisheries.summarize("Conservation and rational use of the living resources of the Caspian Sea.");
        fisheries.annotate(ArchivistNote.general("A founding source describes this agreement as one on 'the protection and optimal use "
                + "of water resources'."));

        Agreement titr = agreement("Agreement establishing the International Association \"Trans-Caspian International Transport Route\"",
                "Trans-Caspian International Transport Route (TITR) Agreement", AgreementKind.AGREEMENT, AgreementFormat.MULTILATERAL,
                HistoricalDate.ofYear(2017), null, "AZ", "KZ", "GE");
        titr.summarize("Establishes the international association that runs the Trans-Caspian International Transport Route (TITR, also "
                + "TCTR), with its office in Astana.");
        titr.annotate(ArchivistNote.general("The route connects with the Baku–Tbilisi–Kars railway, opened on 30 October 2017."));
        classify(titr, "Transport and transit", "Regional organisations");

        loadAktauConvention();
    }

    private void loadAktauConvention() {
        Agreement aktau = agreement("Convention on the Legal Status of the Caspian Sea", "Aktau Convention", AgreementKind.CONVENTION,
                AgreementFormat.MULTILATERAL, HistoricalDate.ofDay(2018, 8, 12), "Aktau", "IR", "RU", "KZ", "AZ", "TM");
        aktau.adoptedAt(events.get("Fifth Caspian Summit"));
        aktau.summarize("Defines the legal status of the Caspian Sea and the rights and obligations of the five littoral states in its "
                + "waters, seabed, subsoil, natural resources and airspace. Prepared by the Special Working Group since 1996 and signed "
                + "at the Fifth Caspian Summit. It has 24 articles.");
        aktau.addTitle("ru", "Конвенция о правовом статусе Каспийского моря");
        aktau.addTitle("fa", "کنوانسیون رژیم حقوقی دریای خزر");
        aktau.addTitle("kk", "Каспий теңізінің құқықтық мәртебесі туралы конвенция");
        aktau.addTitle("az", "Xəzər dənizinin hüquqi statusu haqqında Konvensiya");
        aktau.stateStatus(AgreementStatus.NOT_YET_IN_FORCE);
        aktau.annotate(ArchivistNote.general("Published records report that the Convention had not entered into force, pending ratification "
                + "by all five signatories; confirm with the depositary before relying on this status."));
        aktau.annotate(ArchivistNote.general(SUMMARY_NOTICE));
        classify(aktau, "Legal status of the Caspian Sea", "Navigation", "Security", "Seabed delimitation");
        aktau.articles().add("1", "Terms used",
                "Summary: defines the terms used in the Convention, among them what counts as a warship and as the forces of the Parties.");
        aktau.articles().add("2", "Sovereignty and jurisdiction",
                "Summary: the Parties exercise sovereignty, sovereign rights and jurisdiction in the Caspian Sea (its waters, seabed, "
                        + "subsoil, natural resources and the airspace above) as the Convention provides.");
        aktau.articles().add("5", "Division of the water area",
                "Summary: the water area of the Caspian Sea is divided into internal waters, territorial waters, fishing zones and the "
                        + "common maritime space.");
    }

    private Agreement astrakhanAgreement(String title, String shortTitle, Event astrakhan, String subject) {
        Agreement agreement = agreement(title, shortTitle, AgreementKind.AGREEMENT, AgreementFormat.MULTILATERAL,
                HistoricalDate.ofDay(2014, 9, 29), "Astrakhan", "IR", "RU", "KZ", "AZ", "TM");
        agreement.adoptedAt(astrakhan);
        classify(agreement, subject);
        return agreement;
    }

    /**
     * Creates and stores an agreement with its parties. Where the day of signature is known, each
     * party is recorded as signing on it: every agreement here was signed by all its parties at one
     * ceremony.
     */
    private Agreement agreement(String title, String shortTitle, AgreementKind kind, AgreementFormat format, HistoricalDate signed,
                                String place, String... partyCodes) {
        Agreement agreement = new Agreement(agreementRepository.nextReference(signed.year()), title, kind, format, signed);
        agreement.retitle(title, shortTitle);
        agreement.signedOn(signed, place);
        for (String code : partyCodes) {
            var participation = agreement.parties().add(parties.get(code));
            if (signed.precision() == DatePrecision.DAY) {
                participation.recordSignature(signed.earliest());
            }
        }
        agreement.verifyComplete();
        agreement.cite(FOUNDING_SOURCES);
        if (signed.precision() == DatePrecision.DAY) {
            agreement.cite(PUBLISHED_RECORDS);
        }
        agreementRepository.add(agreement);
        agreementCount++;
        return agreement;
    }

    private void classify(Agreement agreement, String... subjectNames) {
        for (String name : subjectNames) {
            agreement.classifyUnder(subjects.get(name));
        }
    }
}
