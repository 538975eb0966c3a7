//! The fictional directory of the generated centres: about forty local
//! services a drop-in in an English town would send people to, typed in by
//! its coordinators, and — for the busy centre — the rest of a council's
//! Open Referral directory, imported. Organisations, streets and postcodes
//! are made up; phone numbers are in Ofcom's ranges for drama, websites and
//! e-mail under `example.org`.

use chrono::{DateTime, Duration, Months, NaiveDate, Utc};

use super::Rng;
use crate::domain::{Domain, LangCode, NeedSet, Service, ServiceId, ServiceSource};

/// One service as typed in: organisation, service, description, domains,
/// languages, opening times, eligibility, how to refer, address, postcode,
/// phone, web name (for the website and e-mail).
struct Template {
    organisation: &'static str,
    name: &'static str,
    description: &'static str,
    domains: &'static [Domain],
    languages: &'static [&'static str],
    opening_times: &'static str,
    eligibility: &'static str,
    how_to_refer: &'static str,
    address: &'static str,
    postcode: &'static str,
    phone: &'static str,
    web: &'static str,
}

use Domain as D;

const TEMPLATES: &[Template] = &[
    Template {
        organisation: "Riverside Law Centre",
        name: "Asylum and immigration advice",
        description: "Free legal advice from accredited advisers on asylum claims, fresh claims, appeals and family reunion. Legal aid checked at the first appointment.",
        domains: &[D::RightsAndResponsibilities, D::Stability],
        languages: &["ara", "prs", "fra"],
        opening_times: "Mon, Wed 10:00–16:00; drop-in Fri 10:00–12:00",
        eligibility: "Anyone seeking asylum or with an immigration problem, living in the borough.",
        how_to_refer: "Phone for an appointment, or e-mail the referral form with the person's consent. Bring any Home Office letters.",
        address: "14 Bridge Street",
        postcode: "RV1 2AB",
        phone: "0113 496 0102",
        web: "riverside-law",
    },
    Template {
        organisation: "Riverside Law Centre",
        name: "Housing and homelessness law",
        description: "Advice and representation on eviction, disrepair and homelessness applications to the council.",
        domains: &[D::Housing, D::RightsAndResponsibilities],
        languages: &["ara"],
        opening_times: "Tue, Thu 10:00–16:00",
        eligibility: "Residents of the borough facing eviction or homelessness.",
        how_to_refer: "Phone; urgent cases (an eviction date set) the same day.",
        address: "14 Bridge Street",
        postcode: "RV1 2AB",
        phone: "0113 496 0103",
        web: "riverside-law",
    },
    Template {
        organisation: "Northgate Food Bank",
        name: "Emergency food parcels",
        description: "Three days of food for a household, with halal and vegetarian parcels. Toiletries and baby items when in stock.",
        domains: &[D::Stability, D::HealthAndSocialCare],
        languages: &["eng"],
        opening_times: "Tue, Fri 12:00–15:00",
        eligibility: "With a food bank voucher.",
        how_to_refer: "The drop-in issues vouchers: one per household per week, up to three in a row.",
        address: "St Anne's Church Hall, Northgate",
        postcode: "RV3 7QL",
        phone: "0113 496 0230",
        web: "northgate-foodbank",
    },
    Template {
        organisation: "Hillside College",
        name: "ESOL classes, entry levels 1–3",
        description: "English for speakers of other languages, free for asylum seekers after six months and for refugees. Assessment before a place is offered.",
        domains: &[D::LanguageAndCommunication, D::Education],
        languages: &["eng"],
        opening_times: "Term time: Mon–Thu 09:30–12:00 or 18:00–20:00",
        eligibility: "Aged 19 and over; free for most learners on low income.",
        how_to_refer: "Walk in to an assessment session, Tuesdays 10:00, with ID and proof of address.",
        address: "Hillside College, Park Road",
        postcode: "RV2 4HT",
        phone: "0113 496 0311",
        web: "hillside-college",
    },
    Template {
        organisation: "Café Conversation",
        name: "English conversation club",
        description: "Informal English practice over tea with volunteers; beginners welcome. Children can come along.",
        domains: &[D::LanguageAndCommunication, D::SocialBridges],
        languages: &["eng"],
        opening_times: "Saturdays 10:30–12:30",
        eligibility: "Everyone.",
        how_to_refer: "Just come along.",
        address: "Central Library, Market Square",
        postcode: "RV1 1AA",
        phone: "0113 496 0412",
        web: "cafe-conversation",
    },
    Template {
        organisation: "Riverside Health Access",
        name: "GP registration help",
        description: "Help to register with a GP practice (no proof of address or immigration status is needed), and to get an HC2 certificate for free prescriptions.",
        domains: &[D::HealthAndSocialCare],
        languages: &["ara", "tir", "amh", "prs"],
        opening_times: "Mon–Fri 09:00–17:00",
        eligibility: "Anyone living in the area, whatever their status.",
        how_to_refer: "Phone or bring the person to the Tuesday drop-in at the health centre.",
        address: "Riverside Health Centre, Mill Lane",
        postcode: "RV2 8DN",
        phone: "0113 496 0520",
        web: "health-access",
    },
    Template {
        organisation: "Safe Harbour Therapy",
        name: "Trauma counselling",
        description: "Counselling for survivors of torture, war and trafficking, with interpreters. Waiting list about eight weeks.",
        domains: &[D::HealthAndSocialCare, D::Safety],
        languages: &["ara", "fas", "ckb", "tir"],
        opening_times: "By appointment, Mon–Thu",
        eligibility: "Adults who have sought asylum; GP letter helpful but not needed.",
        how_to_refer: "Referral form by e-mail, with consent; self-referral by phone.",
        address: "3 Quaker Court",
        postcode: "RV1 5PS",
        phone: "0113 496 0633",
        web: "safe-harbour",
    },
    Template {
        organisation: "Women Together",
        name: "Women's group",
        description: "A weekly group for women: crafts, English, trips and a crèche. A space to meet others and get advice from a caseworker.",
        domains: &[D::SocialBonds, D::SocialBridges, D::Safety],
        languages: &["ara", "som", "fas", "urd"],
        opening_times: "Thursdays 10:00–13:00",
        eligibility: "Women; children under 5 in the crèche.",
        how_to_refer: "Come along, or phone the caseworker first.",
        address: "Old Fire Station, Canal Street",
        postcode: "RV4 2FS",
        phone: "0113 496 0744",
        web: "women-together",
    },
    Template {
        organisation: "Riverside Council",
        name: "Housing options",
        description: "Homelessness applications and housing advice. A person granted refugee status should come before their asylum accommodation ends.",
        domains: &[D::Housing, D::Stability],
        languages: &["eng"],
        opening_times: "Mon–Fri 09:00–17:00; out of hours by phone",
        eligibility: "Residents of the borough.",
        how_to_refer: "Duty to refer form online for professionals; people can phone or walk in.",
        address: "Civic Centre, Town Hall Square",
        postcode: "RV1 3CC",
        phone: "0113 496 0855",
        web: "riverside-council",
    },
    Template {
        organisation: "Move On Project",
        name: "Move-on support after a grant",
        description: "Help in the move-on period after refugee status: Universal Credit claim, bank account, housing application, integration loan.",
        domains: &[D::Stability, D::Housing, D::Work],
        languages: &["ara", "tir", "prs", "kmr"],
        opening_times: "Mon–Fri 10:00–16:00",
        eligibility: "Newly granted refugees, within the move-on period.",
        how_to_refer: "Phone or e-mail as soon as the grant letter arrives: the days are few.",
        address: "22 Station Road",
        postcode: "RV2 1MP",
        phone: "0113 496 0966",
        web: "move-on",
    },
    Template {
        organisation: "Asylum Support Appeals Link",
        name: "Asylum support (section 95/98) help",
        description: "Help to apply for, or appeal a refusal of, Home Office asylum support and accommodation.",
        domains: &[D::Stability, D::RightsAndResponsibilities],
        languages: &["ara", "fra"],
        opening_times: "Helpline Mon–Fri 10:00–13:00",
        eligibility: "People seeking asylum and refused asylum seekers.",
        how_to_refer: "Helpline; appeals have short deadlines, so call the day the refusal arrives.",
        address: "Second floor, 9 Kings Arcade",
        postcode: "RV1 4KA",
        phone: "0808 157 0077",
        web: "support-appeals",
    },
    Template {
        organisation: "Pathways to Work",
        name: "Employment support and CV help",
        description: "One-to-one job coaching, CVs, interview practice and help to have qualifications from abroad recognised.",
        domains: &[D::Work, D::Education],
        languages: &["ara", "ukr", "rus"],
        opening_times: "Tue, Thu 09:30–16:30",
        eligibility: "People with the right to work.",
        how_to_refer: "Referral form by e-mail, or walk in on Tuesdays.",
        address: "Enterprise Hub, 5 Dock Road",
        postcode: "RV5 3EH",
        phone: "0113 496 1010",
        web: "pathways-work",
    },
    Template {
        organisation: "Digital Doorway",
        name: "Computer skills and free laptops",
        description: "Beginners' computer classes, help to use e-mail and online forms, and refurbished laptops and data SIMs for those without.",
        domains: &[D::DigitalSkills, D::Education],
        languages: &["eng", "ara"],
        opening_times: "Wednesdays 13:00–16:00",
        eligibility: "Adults on a low income.",
        how_to_refer: "Phone to book a place; laptops by referral from the drop-in.",
        address: "Central Library, Market Square",
        postcode: "RV1 1AA",
        phone: "0113 496 1121",
        web: "digital-doorway",
    },
    Template {
        organisation: "Riverside Citizens Advice",
        name: "Benefits and debt advice",
        description: "Advice on Universal Credit, council tax, debts and energy bills; help with forms and appeals.",
        domains: &[D::Stability, D::RightsAndResponsibilities],
        languages: &["eng", "urd", "ben"],
        opening_times: "Mon–Fri 10:00–15:00",
        eligibility: "Anyone in the borough.",
        how_to_refer: "Phone the advice line, or come to the drop-in on Mondays.",
        address: "Unity House, 40 High Street",
        postcode: "RV1 2HS",
        phone: "0113 496 1232",
        web: "riverside-ca",
    },
    Template {
        organisation: "Homes for Hope",
        name: "Night shelter (winter)",
        description: "Emergency beds in church halls from December to March, with an evening meal and breakfast.",
        domains: &[D::Housing, D::Safety],
        languages: &["eng"],
        opening_times: "December–March, nightly 19:00–08:00",
        eligibility: "Adults with nowhere to sleep, including those with no recourse to public funds.",
        how_to_refer: "Referral by phone before 16:00 on the day.",
        address: "St Mark's Church, Hope Street",
        postcode: "RV3 2HH",
        phone: "0113 496 1343",
        web: "homes-for-hope",
    },
    Template {
        organisation: "Homes for Hope",
        name: "Hosting scheme",
        description: "Short stays with volunteer hosts for people seeking asylum who are destitute.",
        domains: &[D::Housing, D::SocialBonds],
        languages: &["eng", "fra"],
        opening_times: "Mon–Fri 09:00–17:00",
        eligibility: "Destitute people seeking asylum, after a risk assessment.",
        how_to_refer: "Referral form from a support worker.",
        address: "St Mark's Church, Hope Street",
        postcode: "RV3 2HH",
        phone: "0113 496 1344",
        web: "homes-for-hope",
    },
    Template {
        organisation: "Freedom Path",
        name: "Trafficking and modern slavery support",
        description: "Confidential support for survivors of trafficking and modern slavery, including help to enter the National Referral Mechanism.",
        domains: &[D::Safety, D::RightsAndResponsibilities],
        languages: &["sqi", "ron", "vie", "eng"],
        opening_times: "24-hour helpline",
        eligibility: "Anyone who may have been trafficked or exploited.",
        how_to_refer: "Phone the helpline; in danger, call 999.",
        address: "Confidential",
        postcode: "",
        phone: "0808 157 0188",
        web: "freedom-path",
    },
    Template {
        organisation: "Riverside Women's Aid",
        name: "Domestic abuse support",
        description: "Refuge places, outreach and safety planning for women and children experiencing domestic abuse, including those with no recourse to public funds.",
        domains: &[D::Safety, D::Housing],
        languages: &["ara", "urd", "som", "eng"],
        opening_times: "Helpline 24 hours; outreach Mon–Fri",
        eligibility: "Women and their children.",
        how_to_refer: "Phone the helpline, with consent; in danger, call 999.",
        address: "Confidential",
        postcode: "",
        phone: "0808 157 0299",
        web: "riverside-wa",
    },
    Template {
        organisation: "Little Steps Baby Bank",
        name: "Baby bank",
        description: "Prams, cots, clothes and nappies for babies and children under five.",
        domains: &[D::Stability],
        languages: &["eng"],
        opening_times: "Wednesdays 10:00–14:00",
        eligibility: "Families referred by a professional or the drop-in.",
        how_to_refer: "E-mail the referral form; collection by appointment.",
        address: "Unit 4, Mill Yard",
        postcode: "RV2 8MY",
        phone: "0113 496 1455",
        web: "little-steps",
    },
    Template {
        organisation: "Open Wardrobe",
        name: "Clothes bank",
        description: "Free coats, shoes and clothes for adults and children; winter coats from October.",
        domains: &[D::Stability],
        languages: &["eng"],
        opening_times: "Mondays 13:00–16:00",
        eligibility: "Everyone.",
        how_to_refer: "Just come along.",
        address: "Methodist Hall, Chapel Road",
        postcode: "RV4 5CR",
        phone: "0113 496 1566",
        web: "open-wardrobe",
    },
    Template {
        organisation: "Riverside Schools Admissions",
        name: "School places for new arrivals",
        description: "Help to apply for a school place mid-year, free school meals and uniform grants.",
        domains: &[D::Education],
        languages: &["eng"],
        opening_times: "Mon–Fri 09:00–17:00",
        eligibility: "Families with children of school age in the borough.",
        how_to_refer: "Apply online; the drop-in can help fill in the form.",
        address: "Civic Centre, Town Hall Square",
        postcode: "RV1 3CC",
        phone: "0113 496 1677",
        web: "riverside-council",
    },
    Template {
        organisation: "United Pitch",
        name: "Football for all",
        description: "Weekly football sessions and a league team; boots lent.",
        domains: &[D::Leisure, D::SocialBridges],
        languages: &["eng", "ara", "tir"],
        opening_times: "Sundays 14:00–16:00",
        eligibility: "Aged 16 and over.",
        how_to_refer: "Just come along to the park pitch.",
        address: "Victoria Park, pitch 3",
        postcode: "RV5 1VP",
        phone: "0113 496 1788",
        web: "united-pitch",
    },
    Template {
        organisation: "Riverside Leisure",
        name: "Free swimming passes",
        description: "A free pass for the pools and gyms for people seeking asylum and their families.",
        domains: &[D::Leisure, D::HealthAndSocialCare],
        languages: &["eng"],
        opening_times: "Pool times vary; passes at reception daily",
        eligibility: "People seeking asylum, with an ARC card or letter.",
        how_to_refer: "A letter from the drop-in, taken to reception.",
        address: "Riverside Pool, Baths Road",
        postcode: "RV2 6BR",
        phone: "0113 496 1899",
        web: "riverside-leisure",
    },
    Template {
        organisation: "Friends Across Borders",
        name: "Befriending",
        description: "A volunteer friend to meet every week for six months: a walk, a coffee, practising English.",
        domains: &[D::SocialBridges, D::SocialBonds],
        languages: &["eng"],
        opening_times: "Office Mon–Thu 10:00–15:00",
        eligibility: "Adults who feel isolated.",
        how_to_refer: "Referral form, or phone to talk it through.",
        address: "5 Friars Walk",
        postcode: "RV1 6FW",
        phone: "0113 496 1910",
        web: "across-borders",
    },
    Template {
        organisation: "Rainbow Sanctuary",
        name: "LGBTQI+ refugee group",
        description: "A confidential peer group for LGBTQI+ people seeking asylum, with help preparing claims.",
        domains: &[D::SocialBonds, D::Safety, D::RightsAndResponsibilities],
        languages: &["eng", "ara", "fra"],
        opening_times: "First and third Tuesday, 18:00–20:00",
        eligibility: "LGBTQI+ people seeking asylum or refugees.",
        how_to_refer: "E-mail or phone; the place is given once you are in touch.",
        address: "Confidential",
        postcode: "",
        phone: "0113 496 2021",
        web: "rainbow-sanctuary",
    },
    Template {
        organisation: "Riverside Community Dental",
        name: "Emergency dentist",
        description: "Urgent dental treatment for people not registered with a dentist.",
        domains: &[D::HealthAndSocialCare],
        languages: &["eng"],
        opening_times: "Mon–Fri 08:30–10:00 (phone at 08:30)",
        eligibility: "Anyone in pain without an NHS dentist.",
        how_to_refer: "Phone at 08:30 for a same-day slot.",
        address: "Community Clinic, Mill Lane",
        postcode: "RV2 8DN",
        phone: "0113 496 2132",
        web: "community-dental",
    },
    Template {
        organisation: "Bump to Baby",
        name: "Maternity support",
        description: "Doulas and maternity buddies for pregnant women seeking asylum, with interpreters at appointments.",
        domains: &[D::HealthAndSocialCare, D::SocialBonds],
        languages: &["ara", "tir", "amh", "som"],
        opening_times: "Mon–Fri 09:00–17:00",
        eligibility: "Pregnant women and new mothers seeking asylum.",
        how_to_refer: "Referral form from midwife, GP or the drop-in.",
        address: "Children's Centre, Elm Grove",
        postcode: "RV3 4EG",
        phone: "0113 496 2243",
        web: "bump-to-baby",
    },
    Template {
        organisation: "Welcome Kitchen",
        name: "Community meal",
        description: "A hot meal cooked together, every Friday evening; everyone eats at one table.",
        domains: &[D::SocialBridges, D::Culture, D::Stability],
        languages: &["eng", "ara"],
        opening_times: "Fridays 17:30–20:00",
        eligibility: "Everyone.",
        how_to_refer: "Just come along.",
        address: "Friends Meeting House, Quaker Court",
        postcode: "RV1 5PS",
        phone: "0113 496 2354",
        web: "welcome-kitchen",
    },
    Template {
        organisation: "Riverside Museums",
        name: "Culture pass",
        description: "Free entry and monthly guided visits to museums and the theatre, with family activities.",
        domains: &[D::Culture, D::Leisure],
        languages: &["eng"],
        opening_times: "Tue–Sun 10:00–17:00",
        eligibility: "Refugees and people seeking asylum.",
        how_to_refer: "Ask at the drop-in for a pass.",
        address: "Museum Gardens",
        postcode: "RV1 7MG",
        phone: "0113 496 2465",
        web: "riverside-museums",
    },
    Template {
        organisation: "Riverside Police",
        name: "Hate crime reporting",
        description: "Report hate crime in person, by phone or through a third-party reporting centre such as the drop-in.",
        domains: &[D::Safety, D::SocialLinks],
        languages: &["eng"],
        opening_times: "24 hours",
        eligibility: "Anyone.",
        how_to_refer: "101, or online; in an emergency 999.",
        address: "Central Police Station, Court Street",
        postcode: "RV1 8CS",
        phone: "0113 496 2576",
        web: "riverside-police",
    },
    Template {
        organisation: "Civic Voices",
        name: "Meet your councillor",
        description: "Sessions on how the council, the NHS and the police work, and a monthly surgery with local councillors.",
        domains: &[D::SocialLinks, D::RightsAndResponsibilities],
        languages: &["eng", "ara"],
        opening_times: "Last Saturday of the month, 11:00–13:00",
        eligibility: "Everyone.",
        how_to_refer: "Just come along.",
        address: "Civic Centre, Town Hall Square",
        postcode: "RV1 3CC",
        phone: "0113 496 2687",
        web: "civic-voices",
    },
    Template {
        organisation: "Open Bank Project",
        name: "Bank account opening help",
        description: "Help to open a basic bank account with a grant letter or BRP, and to understand bills and budgets.",
        domains: &[D::Stability, D::DigitalSkills],
        languages: &["eng", "ara", "prs"],
        opening_times: "Thursdays 13:00–16:00",
        eligibility: "Refugees and others with the right to stay.",
        how_to_refer: "Phone to book.",
        address: "Unity House, 40 High Street",
        postcode: "RV1 2HS",
        phone: "0113 496 2798",
        web: "open-bank",
    },
    Template {
        organisation: "Riverside Volunteer Centre",
        name: "Volunteering placements",
        description: "Volunteering roles matched to interests and languages; people seeking asylum may volunteer.",
        domains: &[D::Work, D::SocialBridges],
        languages: &["eng"],
        opening_times: "Mon–Fri 10:00–16:00",
        eligibility: "Aged 16 and over.",
        how_to_refer: "Drop in or register online.",
        address: "9 Kings Arcade",
        postcode: "RV1 4KA",
        phone: "0113 496 2909",
        web: "volunteer-centre",
    },
    Template {
        organisation: "Family Links",
        name: "Family tracing",
        description: "Help to find family members separated by conflict or migration, and to send messages.",
        domains: &[D::SocialBonds, D::Safety],
        languages: &["ara", "fra", "tir", "prs"],
        opening_times: "By appointment",
        eligibility: "Anyone separated from family by conflict, disaster or migration.",
        how_to_refer: "Phone to arrange a meeting.",
        address: "2 Lantern Yard",
        postcode: "RV4 8LY",
        phone: "0113 496 3010",
        web: "family-links",
    },
    Template {
        organisation: "Youth Horizons",
        name: "Young refugees' club",
        description: "Activities, homework help and trips for young people aged 14 to 21, including those who arrived alone.",
        domains: &[D::Leisure, D::Education, D::SocialBonds],
        languages: &["eng", "pus", "tir", "kmr"],
        opening_times: "Wednesdays 16:00–19:00",
        eligibility: "Aged 14 to 21.",
        how_to_refer: "Just come along, or a social worker can call.",
        address: "Youth Centre, Elm Grove",
        postcode: "RV3 4EG",
        phone: "0113 496 3121",
        web: "youth-horizons",
    },
    Template {
        organisation: "Mind Matters Riverside",
        name: "Wellbeing drop-in",
        description: "Talking with a wellbeing worker about sleep, stress and low mood; relaxation groups.",
        domains: &[D::HealthAndSocialCare],
        languages: &["eng", "ara", "urd"],
        opening_times: "Mondays 14:00–17:00",
        eligibility: "Adults.",
        how_to_refer: "Just come along; in crisis, call NHS 111 and choose the mental health option.",
        address: "Wellbeing Centre, 7 Rose Street",
        postcode: "RV2 2RS",
        phone: "0113 496 3232",
        web: "mind-matters",
    },
    Template {
        organisation: "Travel Fund Riverside",
        name: "Travel grants for appointments",
        description: "Bus fares to legal, health and Home Office appointments.",
        domains: &[D::Stability, D::RightsAndResponsibilities],
        languages: &["eng"],
        opening_times: "Mon–Fri 10:00–15:00",
        eligibility: "People seeking asylum with an appointment letter.",
        how_to_refer: "The drop-in applies on the person's behalf.",
        address: "Unity House, 40 High Street",
        postcode: "RV1 2HS",
        phone: "0113 496 3343",
        web: "travel-fund",
    },
    Template {
        organisation: "Ukraine Welcome Hub",
        name: "Advice for Ukrainian arrivals",
        description: "Visa extensions, hosting problems, school places and work for people on the Ukraine schemes.",
        domains: &[D::RightsAndResponsibilities, D::Housing, D::Work],
        languages: &["ukr", "rus"],
        opening_times: "Tue, Thu 10:00–15:00",
        eligibility: "People who came on a Ukraine scheme.",
        how_to_refer: "Walk in or e-mail.",
        address: "Community Centre, Linden Road",
        postcode: "RV5 6LR",
        phone: "0113 496 3454",
        web: "ukraine-hub",
    },
    Template {
        organisation: "Riverside Interpreting Line",
        name: "Telephone interpreting for charities",
        description: "A pre-booked or on-demand telephone interpreter for local charities, free for drop-ins.",
        domains: &[D::LanguageAndCommunication],
        languages: &[
            "ara", "apd", "prs", "pbt", "tir", "amh", "ckb", "kmr", "som", "fra", "ukr",
        ],
        opening_times: "Mon–Fri 08:00–20:00",
        eligibility: "Member charities.",
        how_to_refer: "Phone with the centre's account number.",
        address: "",
        postcode: "",
        phone: "0808 157 0366",
        web: "riverside-interpreting",
    },
    Template {
        organisation: "Hillside College",
        name: "Sanctuary scholarships",
        description: "Fee waivers and a bursary for people seeking asylum to study Access and university courses; help with the application.",
        domains: &[D::Education, D::Work],
        languages: &["eng"],
        opening_times: "Applications open January–March",
        eligibility: "People seeking asylum, or with limited leave, who cannot get student finance.",
        how_to_refer: "E-mail the sanctuary officer.",
        address: "Hillside College, Park Road",
        postcode: "RV2 4HT",
        phone: "0113 496 3565",
        web: "hillside-college",
    },
    Template {
        organisation: "Walk and Talk",
        name: "Men's walking group",
        description: "A gentle walk in the hills and a talk over tea, for men who want company and some air.",
        domains: &[D::HealthAndSocialCare, D::SocialBonds, D::Leisure],
        languages: &["eng", "ara", "prs"],
        opening_times: "Saturdays 10:00 from the station",
        eligibility: "Men aged 18 and over.",
        how_to_refer: "Just come along.",
        address: "Meet at the railway station entrance",
        postcode: "RV2 1MP",
        phone: "0113 496 3676",
        web: "walk-and-talk",
    },
    Template {
        organisation: "Riverside Refugee Fund",
        name: "Hardship grants",
        description: "Small grants for destitute people seeking asylum and refused asylum seekers: weekly cash, or a one-off payment in a crisis.",
        domains: &[D::Stability],
        languages: &["eng", "fra", "ara"],
        opening_times: "Applications reviewed every Monday",
        eligibility: "Destitute people seeking asylum, refused asylum seekers, people with no recourse to public funds.",
        how_to_refer: "Application by a caseworker, with the person's consent.",
        address: "",
        postcode: "",
        phone: "0113 496 3787",
        web: "refugee-fund",
    },
];

/// The towns of the busy centre's county, for a council-sized directory.
const AREAS: &[&str] = &[
    "Northgate",
    "Hillside",
    "Eastbrook",
    "Westmoor",
    "Southfield",
    "Canal Side",
    "Oldtown",
    "Parkview",
    "Mill End",
    "Abbeyfield",
];

/// A day in the past: `months` months and a few days before `today`.
fn months_ago(today: NaiveDate, months: u32, days: u64) -> NaiveDate {
    today
        .checked_sub_months(Months::new(months))
        .unwrap_or(today)
        - Duration::days(days as i64)
}

fn service(t: &Template, languages: &[&str]) -> Service {
    let site = format!("https://{}.example.org", t.web);
    // In code order, as saving leaves them.
    let mut languages: Vec<LangCode> = languages
        .iter()
        .filter_map(|c| LangCode::parse(c))
        .collect();
    languages.sort();
    Service {
        id: ServiceId(0),
        organisation: t.organisation.into(),
        name: t.name.into(),
        description: t.description.into(),
        domains: t.domains.iter().copied().collect::<NeedSet>(),
        address: t.address.into(),
        postcode: t.postcode.into(),
        phone: t.phone.into(),
        email: if t.address == "Confidential" {
            String::new()
        } else {
            format!("hello@{}.example.org", t.web)
        },
        website: site,
        opening_times: t.opening_times.into(),
        languages,
        eligibility: t.eligibility.into(),
        how_to_refer: t.how_to_refer.into(),
        active: true,
        last_verified: None,
        source: ServiceSource::Typed,
        updated: DateTime::<Utc>::MIN_UTC,
    }
}

/// The centre's own directory, as its coordinators typed it in: every
/// template once. Most were checked within the year, some not for longer
/// (stale at 12 months), one never; the winter night shelter is inactive
/// out of season.
pub fn typed(rng: &mut Rng, today: NaiveDate) -> Vec<Service> {
    TEMPLATES
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut s = service(t, t.languages);
            s.last_verified = match i {
                // The conversation club was typed in and never checked.
                4 => None,
                // About one in five not checked for over a year.
                _ if rng.chance(20) => {
                    Some(months_ago(today, 13 + rng.below(10) as u32, rng.below(20)))
                }
                _ => Some(months_ago(today, rng.below(11) as u32, rng.below(25))),
            };
            s.active = t.name != "Night shelter (winter)";
            s
        })
        .collect()
}

/// The rest of a council's directory, imported from its Open Referral
/// feed: `count` services, varied from the templates over the county's
/// towns, each with an HSDS id (a UUID) and the day it was imported.
pub fn imported(rng: &mut Rng, today: NaiveDate, count: usize) -> Vec<Service> {
    (0..count)
        .map(|i| {
            let t = &TEMPLATES[i % TEMPLATES.len()];
            let area = AREAS[(i / TEMPLATES.len()) % AREAS.len()];
            let round = i / (TEMPLATES.len() * AREAS.len());
            // A random share of the template's languages, at least one.
            let n = (1 + rng.below(t.languages.len() as u64) as usize).min(t.languages.len());
            let mut s = service(t, &t.languages[..n]);
            s.organisation = if round == 0 {
                format!("{} ({area})", t.organisation)
            } else {
                format!("{} ({area} {})", t.organisation, round + 1)
            };
            s.address = format!("{} {}, {area}", 1 + rng.below(120), street(rng));
            s.postcode = format!(
                "RV{} {}{}{}",
                10 + i % 40,
                1 + rng.below(9),
                letter(rng),
                letter(rng)
            );
            s.phone = format!("01632 960{:03}", rng.below(1000));
            s.last_verified = rng
                .chance(85)
                .then(|| months_ago(today, rng.below(24) as u32, rng.below(28)));
            s.active = !rng.chance(4);
            s.source = ServiceSource::OpenReferral {
                id: uuid(rng),
                imported: today - Duration::days(rng.below(60) as i64),
            };
            s
        })
        .collect()
}

fn street(rng: &mut Rng) -> String {
    const NAMES: &[&str] = &[
        "Albion", "Bridge", "Church", "Dale", "Elm", "Forge", "Green", "Harbour", "Ivy", "Jubilee",
        "King", "Lime", "Market", "North", "Orchard", "Queen", "Rose", "Station",
    ];
    const KINDS: &[&str] = &["Street", "Road", "Lane", "Way", "Close", "Terrace"];
    format!("{} {}", rng.pick(NAMES), rng.pick(KINDS))
}

fn letter(rng: &mut Rng) -> char {
    // Postcodes leave out C, I, K, M, O and V in their last two letters.
    *rng.pick(&[
        'A', 'B', 'D', 'E', 'F', 'G', 'H', 'J', 'L', 'N', 'P', 'Q', 'R', 'S', 'T', 'U', 'W', 'X',
        'Y', 'Z',
    ])
}

/// A version-4-shaped UUID from the generator, as HSDS ids usually are.
fn uuid(rng: &mut Rng) -> String {
    let a = rng.next_u64();
    let b = rng.next_u64();
    format!(
        "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xfff,
        0x8000 | ((b >> 48) & 0x3fff),
        b & 0xffff_ffff_ffff
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_is_clean_and_its_languages_are_known() {
        for t in TEMPLATES {
            let s = service(t, t.languages);
            assert_eq!(s.languages.len(), t.languages.len(), "{}", t.name);
            assert_eq!(crate::domain::service::clean(s.clone()).ok(), Some(s));
        }
        assert!(TEMPLATES.len() >= 40, "{} templates", TEMPLATES.len());
    }

    #[test]
    fn imported_ids_are_unique_and_the_same_seed_gives_the_same_services() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default();
        let a = imported(&mut Rng::new(1), today, 500);
        let b = imported(&mut Rng::new(1), today, 500);
        assert_eq!(a, b);
        let mut ids: Vec<_> = a.iter().filter_map(|s| s.open_referral_id()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 500);
    }
}
