//! Evidence synthesis: the paper's marginals reproduced, coded-excerpt spreadsheets and
//! their errors, merging, and the codebook in the REFI-QDA format.

mod common;

use std::path::Path;
#[cfg(feature = "csv")]
use std::path::PathBuf;

use isp_moc::model::{CfirPlacement, Citation, Sector, Study, StudyDesign, StudyId, Valence};
use isp_moc::synth::*;
use isp_moc::vocab::{CfirConstruct, CfirVersion, IspResource, IspRole, ReasoningType};
#[cfg(feature = "csv")]
use isp_moc::ErrorKind;

// ---------------------------------------------------------------------------------------
// The paper's marginals (Albers et al. 2022, Results): an evidence base built to have them,
// and the summary must give every one back.

/// `n` copies of `value`, for building columns of the study table.
fn runs<T: Copy>(parts: &[(T, usize)]) -> Vec<T> {
    parts
        .iter()
        .flat_map(|&(v, n)| std::iter::repeat_n(v, n))
        .collect()
}

/// 78 publications with the paper's locations, designs, sectors and roles, and excerpts
/// from 50 of them with its trigger shares and response counts.
fn review_base() -> EvidenceBase {
    let locations = runs(&[
        (Some("US"), 46),
        (Some("Canada"), 16),
        (Some("Europe"), 12),
        (Some("Australasia"), 2),
        (Some("multiple"), 1),
        (None, 1),
    ]);
    let designs = runs(&[
        (StudyDesign::Qualitative, 30),
        (StudyDesign::Quantitative, 25),
        (StudyDesign::Mixed, 23),
    ]);
    let sectors = runs(&[
        (Sector::Health, 55),
        (Sector::SocialWelfare, 14),
        (Sector::Education, 7),
        (Sector::Mixed, 1),
        (Sector::CriminalJustice, 1),
    ]);
    let roles = runs(&[
        (IspRole::Facilitator, 17),
        (IspRole::Consultant, 14),
        (IspRole::KnowledgeBroker, 13),
        (IspRole::TechnicalAssistanceProvider, 10),
        (IspRole::Coach, 7),
        (IspRole::Other, 17),
    ]);
    assert_eq!(
        [locations.len(), designs.len(), sectors.len(), roles.len()],
        [78; 4]
    );
    // The columns are rotated against each other so no two tables line up.
    let studies: Vec<Study> = (0..78)
        .map(|i| {
            let mut s = Study::new(Citation::new(
                &format!("Author{i:02}"),
                2000 + (i % 20) as u16,
            ))
            .with_design(designs[(i + 7) % 78])
            .with_sector(sectors[(i + 31) % 78])
            .with_role(roles[(i + 53) % 78]);
            if let Some(l) = locations[i] {
                s = s.with_location(l);
            }
            s
        })
        .collect();
    // 100 excerpts, two from each of the first 50 studies: 67 skills, 20 attitudes plus 6
    // combination (the paper's 26% "attitudes and/or a combination"), 4 knowledge, 3
    // unspecified.
    let triggers = runs(&[
        (IspResource::Skills, 67),
        (IspResource::Attitudes, 20),
        (IspResource::Combination, 6),
        (IspResource::Knowledge, 4),
        (IspResource::Unspecified, 3),
    ]);
    // Publications per response: relational 24 (studies 0-23), capability 22 (10-31),
    // opportunity 25 (20-44), motivation 14 (36-49).
    let responses = [
        (ReasoningType::Relational, 0..24),
        (ReasoningType::Capability, 10..32),
        (ReasoningType::Opportunity, 20..45),
        (ReasoningType::Motivation, 36..50),
    ];
    let excerpts = (0..100)
        .map(|i| {
            let study = i % 50;
            let mut e = Excerpt::new(studies[study].id.clone(), Valence::Enabling)
                .with_resource(triggers[(i * 37) % 100]);
            if i < 50 {
                for (r, range) in &responses {
                    if range.contains(&study) {
                        e = e.with_reasoning(*r);
                    }
                }
            }
            e
        })
        .collect();
    EvidenceBase::from_parts(studies, excerpts)
}

fn count(rows: &[CountRow], key: &str) -> usize {
    rows.iter()
        .find(|r| r.key == key)
        .map_or(0, |r| r.publications)
}

fn percent(summary: &ReviewSummary, keys: &[&str]) -> u32 {
    let share: f64 = summary
        .triggers
        .iter()
        .filter(|t| keys.contains(&t.key.as_str()))
        .map(|t| t.share)
        .sum();
    (share * 100.0).round() as u32
}

#[test]
fn the_summary_reproduces_the_papers_marginals() {
    let base = review_base();
    base.check().unwrap();
    let s = base.summary();
    assert_eq!(s.publications, 78);

    let loc = |k| count(&s.by_location, k);
    assert_eq!(
        [
            loc("US"),
            loc("Canada"),
            loc("Europe"),
            loc("Australasia"),
            loc("multiple"),
            loc("not_reported")
        ],
        [46, 16, 12, 2, 1, 1]
    );
    let design = |k| count(&s.by_design, k);
    assert_eq!(
        [
            design("qualitative"),
            design("quantitative"),
            design("mixed")
        ],
        [30, 25, 23]
    );
    let sector = |k| count(&s.by_sector, k);
    assert_eq!(
        [
            sector("health"),
            sector("social_welfare"),
            sector("education"),
            sector("mixed"),
            sector("criminal_justice")
        ],
        [55, 14, 7, 1, 1]
    );
    let role = |k| count(&s.by_role, k);
    assert_eq!(
        [
            role("facilitator"),
            role("consultant"),
            role("knowledge_broker"),
            role("technical_assistance_provider"),
            role("coach"),
            role("other")
        ],
        [17, 14, 13, 10, 7, 17]
    );

    // "Data on how stakeholders responded ... could be extracted from 50 publications."
    assert_eq!(s.publications_with_excerpts, 50);
    assert_eq!(s.excerpts_with_resource, 100);
    assert_eq!(
        [
            percent(&s, &["skills"]),
            percent(&s, &["attitudes", "combination"]),
            percent(&s, &["knowledge"]),
            percent(&s, &["unspecified"])
        ],
        [67, 26, 4, 3]
    );
    let response = |k| count(&s.by_reasoning, k);
    assert_eq!(
        [
            response("relational"),
            response("capability"),
            response("opportunity"),
            response("motivation")
        ],
        [24, 22, 25, 14]
    );
}

#[cfg(feature = "csv")]
#[test]
fn the_summary_survives_the_spreadsheets() {
    let base = review_base();
    let studies = read_evidence_csv(&base.studies_to_csv(), &CsvMapping::new()).unwrap();
    let excerpts = read_evidence_csv(&base.excerpts_to_csv(), &CsvMapping::new()).unwrap();
    let back = studies.merge(&excerpts).unwrap();
    assert_eq!(back, base);
    assert_eq!(back.summary(), base.summary());
}

#[test]
fn the_summary_reads_as_markdown_and_json() {
    let s = review_base().summary();
    let md = s.to_markdown();
    for line in [
        "78 publications",
        "| US | 46 |",
        "| Not reported | 1 |",
        "| Mixed methods | 23 |",
        "| Criminal justice | 1 |",
        "| Technical assistance provider | 10 |",
        "| Skills (use of implementation strategies) | 67 | 67% |",
        "| Relational | 24 |",
    ] {
        assert!(md.contains(line), "{line:?} missing from\n{md}");
    }
    #[cfg(feature = "serde")]
    {
        let json: serde_json::Value = serde_json::from_str(&s.to_json()).unwrap();
        assert_eq!(json["publications"], 78);
        assert_eq!(json["by_reasoning"][0]["key"], "relational");
        assert_eq!(json["by_reasoning"][0]["publications"], 24);
    }
}

#[test]
fn publications_are_counted_once_however_many_excerpts() {
    let s = Study::new(Citation::new("Akin", 2016));
    let e = |v| Excerpt::new(s.id.clone(), v).with_reasoning(ReasoningType::Relational);
    let base = EvidenceBase::new()
        .with_study(s.clone())
        .with_excerpt(e(Valence::Enabling))
        .with_excerpt(e(Valence::Hindering).with_text("lost trust"));
    assert_eq!(count(&base.summary().by_reasoning, "relational"), 1);
    // one publication, in the singular
    let md = base.summary().to_markdown();
    assert!(md.starts_with("# Evidence base\n\n1 publication\n"), "{md}");
    // one excerpt with a resource code, in the singular too
    let base = base.with_excerpt(
        Excerpt::new(s.id.clone(), Valence::Enabling)
            .with_resource(IspResource::Skills)
            .with_text("the ISP modelled the routine"),
    );
    let md = base.summary().to_markdown();
    assert!(
        md.contains("1 excerpt with a resource code, from 1 publication with coded excerpts"),
        "{md}"
    );
}

#[test]
fn context_counts_reach_domains_through_constructs() {
    let s = Study::new(Citation::new("Akin", 2016));
    let base = EvidenceBase::new().with_study(s.clone()).with_excerpt(
        Excerpt::new(s.id.clone(), Valence::Enabling)
            .with_context(CfirPlacement::from_construct(CfirConstruct::Culture)),
    );
    let summary = base.summary();
    assert_eq!(count(&summary.by_cfir_domain, "inner_setting"), 1);
    assert_eq!(count(&summary.by_cfir_construct, "culture"), 1);
    assert!(summary.by_cfir2022_domain.is_empty());
}

// ---------------------------------------------------------------------------------------
// Spreadsheets as qualitative-analysis tools export them.

#[cfg(feature = "csv")]
fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/synthesis")
        .join(name)
}

#[cfg(feature = "csv")]
#[test]
fn a_code_matrix_export_reads_with_a_mapping() {
    // One row per coded segment, a column per code as 0/1, the tool's own titles.
    let path = fixture("code_matrix.csv");
    let mapping = CsvMapping::new()
        .with_column(Field::Study, "Document name")
        .with_column(Field::Text, "Segment")
        .with_column(Field::Page, "Position")
        .with_flag("Strategy use", Code::Resource(IspResource::Skills))
        .with_flag(
            "Trust / relationship",
            Code::Reasoning(ReasoningType::Relational),
        )
        .with_flag("Barrier", Code::Valence(Valence::Hindering))
        .with_flag("Facilitator", Code::Valence(Valence::Enabling))
        .with_flag(
            "Culture",
            Code::Context(CfirPlacement::from_construct(CfirConstruct::Culture)),
        )
        .with_ignored("Coder")
        .with_delimiter(b';');
    let base = read_evidence_csv_file(&path, &mapping).unwrap();
    assert_eq!(base.excerpts.len(), 4);
    let first = &base.excerpts[0];
    assert_eq!(first.study, "akin_2016");
    assert_eq!(first.resource, Some(IspResource::Skills));
    assert_eq!(first.reasoning, [ReasoningType::Relational]);
    assert_eq!(first.valence, Valence::Enabling);
    assert_eq!(
        first.text.as_deref(),
        Some("Her regular presence; she kept \"every\" promise.")
    );
    assert_eq!(first.page.as_deref(), Some("p. 165"));
    let hindering = base
        .excerpts
        .iter()
        .filter(|e| e.valence == Valence::Hindering)
        .count();
    assert_eq!(hindering, 1);
    assert!(base
        .excerpts
        .iter()
        .any(|e| e.context == [CfirPlacement::from_construct(CfirConstruct::Culture)]));
}

#[cfg(feature = "csv")]
/// An evidence base keeps an excerpt once, so a row repeating another exactly (a
/// codes-only export, say) is a problem at its line, not a silently smaller count;
/// a repeat that names a construct by name instead of id, or its domain beside it, too.
#[test]
fn a_row_repeating_an_excerpt_exactly_is_a_problem() {
    let path = fixture("repeated_excerpts.csv");
    let err = read_evidence_csv_file(&path, &CsvMapping::new()).unwrap_err();
    let file = path.display();
    assert_eq!(
        err.to_string(),
        format!(
            "3 problems:\n  \
             {file}:4:1: this excerpt repeats line 2 exactly (study, valence, codes, text \
             and page): an evidence base counts an excerpt once, so give each its text or \
             page, or delete the repeat\n  \
             {file}:6:1: this excerpt repeats line 5 exactly (study, valence, codes, text \
             and page): an evidence base counts an excerpt once, so give each its text or \
             page, or delete the repeat\n  \
             {file}:7:1: this excerpt repeats line 5 exactly (study, valence, codes, text \
             and page): an evidence base counts an excerpt once, so give each its text or \
             page, or delete the repeat"
        )
    );
    // told apart by their pages, all five count
    let text = std::fs::read_to_string(&path).unwrap();
    let paged: String = text
        .lines()
        .enumerate()
        .map(|(i, line)| match i {
            0 => format!("{line},page\n"),
            i => format!("{line},p. {i}\n"),
        })
        .collect();
    let base = read_evidence_csv(&paged, &CsvMapping::new()).unwrap();
    assert_eq!(base.excerpts.len(), 6);
    assert_eq!(base.summary().excerpts_with_resource, 6);
}

#[cfg(feature = "csv")]
#[test]
fn one_sheet_can_hold_studies_and_excerpts() {
    let text = std::fs::read_to_string(fixture("studies_and_excerpts.csv")).unwrap();
    let base = read_evidence_csv(&text, &CsvMapping::new()).unwrap();
    base.check().unwrap();
    assert_eq!(base.studies.len(), 3);
    assert_eq!(base.excerpts.len(), 5);
    let barac = base.study("barac_et_al_2018").unwrap();
    assert_eq!(
        barac.roles,
        [IspRole::KnowledgeBroker, IspRole::Facilitator]
    );
    assert_eq!(barac.design, Some(StudyDesign::Mixed));
    assert_eq!(barac.doi.as_deref(), Some("10.1186/s13012-018-0813-y"));
    // a study table derives ids from citations
    let table = read_evidence_csv(
        "citation,design\nKristensen & Hounsgaard 2013,qualitative\n",
        &CsvMapping::new(),
    )
    .unwrap();
    assert_eq!(table.studies[0].id, "kristensen_hounsgaard_2013");
    assert!(table.excerpts.is_empty());
}

#[cfg(feature = "csv")]
#[test]
fn cfir_2022_sheets_and_prefixed_codes() {
    let text = "study,valence,context,2022:Culture\n\
                a_2020,enabling,Inner Setting + Mission Alignment; 2009:III.D,1\n";
    let base =
        read_evidence_csv(text, &CsvMapping::new().with_edition(CfirVersion::Cfir2022)).unwrap();
    let context = &base.excerpts[0].context;
    assert_eq!(context.len(), 3);
    assert_eq!(
        Code::context_text(&context[0]),
        "cfir2022_mission_alignment"
    );
    assert_eq!(
        context[1].construct,
        Some(CfirConstruct::ImplementationClimate)
    );
    assert_eq!(
        context[1].domain,
        Some(isp_moc::vocab::CfirDomain::InnerSetting)
    );
    assert_eq!(Code::context_text(&context[2]), "cfir2022_culture");
}

#[cfg(feature = "csv")]
#[test]
fn a_row_must_have_a_cell_for_every_titled_column() {
    // a missing cell is not read as an empty one: the row's cells may be shifted
    let short = "study,valence,Skills,text\nakin_2016,enabling,1\n";
    let err = read_evidence_csv(short, &CsvMapping::new()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 2, column 4: this row has 3 cells, but the first row titles 4 columns"
    );
    // written empty cells, a row ending in `,` (empty extra cells) and trailing untitled
    // header cells are read as before
    for text in [
        "study,valence,Skills,text\nakin_2016,enabling,1,\n",
        "study,valence,Skills,text\nakin_2016,enabling,1,,\n",
        "study,valence,Skills,text,,\nakin_2016,enabling,1,x\n",
    ] {
        let base = read_evidence_csv(text, &CsvMapping::new()).unwrap();
        assert_eq!(base.excerpts.len(), 1, "{text}");
    }
}

#[cfg(feature = "csv")]
#[test]
fn an_excerpt_file_that_is_not_utf8_says_so_where_and_how_to_fix() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/encoding/latin1.csv");
    let err = read_evidence_csv_file(&path, &CsvMapping::new()).unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::Syntax { format: "CSV", .. }),
        "{err}"
    );
    // `kraft_2018,Kr` then the Latin-1 `ä`: line 2, the 14th character
    assert_eq!(
        err.to_string(),
        format!(
            "{}:2:14: invalid CSV: the file is not UTF-8 text: byte 0xE4 (byte offset 36) is \
             not UTF-8, as in text saved as Latin-1 or Windows-1252; re-save it as UTF-8 \
             (a spreadsheet's \"CSV UTF-8\" format); UTF-16 text (starting with the bytes FF FE \
             or FE FF) is not read either",
            path.display()
        )
    );
}

#[cfg(feature = "csv")]
#[test]
fn unknown_columns_can_be_ignored_on_purpose() {
    let text = "study,valence,Coder,Memo\nakin_2016,enabling,AB,long memo\n";
    assert!(read_evidence_csv(text, &CsvMapping::new()).is_err());
    let base = read_evidence_csv(text, &CsvMapping::new().ignoring_unknown_columns()).unwrap();
    assert_eq!(base.excerpts.len(), 1);
}

#[cfg(feature = "csv")]
fn invalid_corpus() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixture("invalid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    files.sort();
    files
}

#[cfg(feature = "csv")]
/// Each `invalid/NAME.csv` fails with exactly the message in `NAME.error`; rewrite them
/// after a deliberate change with `ISP_MOC_BLESS=1 cargo test --test synthesis`.
#[test]
fn every_malformed_sheet_fails_with_its_exact_errors() {
    let files = invalid_corpus();
    assert!(files.len() >= 15, "the corpus is in place");
    common::expected::check_messages(&files, |file| {
        let text = std::fs::read_to_string(file).unwrap();
        match read_evidence_csv(&text, &CsvMapping::new()) {
            Ok(base) => panic!(
                "{} was read ({} excerpts), but it is invalid",
                file.display(),
                base.excerpts.len()
            ),
            Err(e) => e.to_string(),
        }
    });
}

#[cfg(feature = "csv")]
#[test]
fn problems_are_located_and_typed() {
    let text = std::fs::read_to_string(fixture("invalid/bad_flag.csv")).unwrap();
    let err = read_evidence_csv(&text, &CsvMapping::new()).unwrap_err();
    assert_eq!(err.problem_count(), 2);
    let at: Vec<(Option<usize>, Option<usize>)> = err
        .problems()
        .iter()
        .map(|p| {
            let at = p.location.as_ref().unwrap();
            (at.line, at.column)
        })
        .collect();
    assert_eq!(at, [(Some(2), Some(3)), (Some(3), Some(4))]);
    let err = read_evidence_csv("study,valence\n", &CsvMapping::new()).unwrap();
    assert!(err.excerpts.is_empty());
    let err = read_evidence_csv("", &CsvMapping::new()).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Syntax { .. }));
}

#[cfg(feature = "csv")]
#[test]
fn a_file_error_names_the_file() {
    let err = read_evidence_csv_file(fixture("invalid/missing_valence.csv"), &CsvMapping::new())
        .unwrap_err();
    assert!(err.to_string().contains("missing_valence.csv"), "{err}");
    let err = read_evidence_csv_file(fixture("no_such_file.csv"), &CsvMapping::new()).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Io { .. }));
}

// ---------------------------------------------------------------------------------------
// Merging updates of a review.

#[test]
fn merging_an_update_never_counts_a_study_twice() {
    let akin = Study::new(Citation::new("Akin", 2016)).with_location("US");
    let barac = Study::new(Citation::new("Barac et al.", 2018)).with_location("Canada");
    let e = |s: &Study| {
        Excerpt::new(s.id.clone(), Valence::Enabling).with_reasoning(ReasoningType::Capability)
    };
    let first = EvidenceBase::new()
        .with_study(akin.clone())
        .with_excerpt(e(&akin));
    let update = EvidenceBase::new()
        .with_study(akin.clone())
        .with_study(barac.clone())
        .with_excerpt(e(&akin))
        .with_excerpt(e(&barac));
    let merged = first.merge(&update).unwrap();
    assert_eq!(merged.studies.len(), 2);
    assert_eq!(merged.excerpts.len(), 2);
    assert_eq!(merged.summary().publications, 2);
    assert_eq!(merged, update.merge(&first).unwrap());

    let conflicting = EvidenceBase::new().with_study(akin.clone().with_location("Canada"));
    let err = first.merge(&conflicting).unwrap_err();
    assert_eq!(
        err.to_string(),
        "study #1 `akin_2016`: study `akin_2016` differs between the two evidence bases (location: `US` → `Canada`); make the records agree or give one another id"
    );
}

#[test]
fn check_reports_every_problem() {
    let base = EvidenceBase::from_parts(
        vec![
            Study::new(Citation::new("Akin", 2016)),
            Study::new(Citation::new("Akin", 2016)).with_location("US"),
        ],
        vec![
            Excerpt::new(StudyId::new("akin_2061").unwrap(), Valence::Enabling)
                .with_mechanisms(["isp_skills", "Not An Id"]),
        ],
    );
    let err = base.check().unwrap_err();
    assert_eq!(err.problem_count(), 3, "{err}");
    let text = err.to_string();
    assert!(text.contains("names two different studies"), "{text}");
    assert!(text.contains("did you mean `akin_2016`?"), "{text}");
    assert!(text.contains("`Not An Id`"), "{text}");
}

#[cfg(feature = "serde")]
#[test]
fn an_evidence_base_round_trips_through_json_in_canonical_order() {
    let base = review_base();
    let json = serde_json::to_string(&base).unwrap();
    let back: EvidenceBase = serde_json::from_str(&json).unwrap();
    assert_eq!(back, base);
    // written out of order, read canonical
    let shuffled = r#"{"excerpts":[{"study":"b_2020","valence":"hindering"},{"study":"a_2020","valence":"enabling"}]}"#;
    let read: EvidenceBase = serde_json::from_str(shuffled).unwrap();
    assert_eq!(read.excerpts[0].study, "a_2020");
    assert!(serde_json::from_str::<EvidenceBase>(r#"{"studys":[]}"#).is_err());
}

// ---------------------------------------------------------------------------------------
// The codebook.

#[test]
fn codebook_ids_and_guids_are_unique_and_stable() {
    let book = Codebook::for_model(&isp_moc::catalog::figure2(), CfirVersion::Cfir2022);
    let csv = book.to_csv();
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), book.len());
    let mut ids: Vec<String> = Vec::new();
    let mut guids = Vec::new();
    collect(&book.entries, &mut ids, &mut guids);
    let unique = |v: &Vec<String>| v.iter().collect::<std::collections::BTreeSet<_>>().len();
    assert_eq!(unique(&ids), ids.len());
    assert_eq!(unique(&guids), guids.len());
    // pinned: a GUID must never change, or coders' projects lose their codes. The oracle is
    // Python's `uuid.uuid5(uuid.NAMESPACE_URL, "urn:isp-moc:code:resource")`.
    assert_eq!(
        book.entries[0].guid(),
        Codebook::review(CfirVersion::Cfir2009).entries[0].guid()
    );
    assert_eq!(
        book.entries[0].guid(),
        "ec05210f-705d-5211-af43-67ad26bb91cd"
    );
}

fn collect(entries: &[CodebookEntry], ids: &mut Vec<String>, guids: &mut Vec<String>) {
    for e in entries {
        ids.push(e.id.clone());
        guids.push(e.guid());
        collect(&e.children, ids, guids);
    }
}

#[test]
fn the_codebook_names_every_code_of_the_scheme() {
    let book = Codebook::review(CfirVersion::Cfir2009);
    let mut codes = Vec::new();
    fn walk(entries: &[CodebookEntry], codes: &mut Vec<Code>) {
        for e in entries {
            codes.extend(e.code);
            walk(&e.children, codes);
        }
    }
    walk(&book.entries, &mut codes);
    assert_eq!(codes.len(), 5 + 4 + 5 + 39 + 2);
    // every code's text reads back as the same code
    for code in codes {
        assert_eq!(
            Code::parse(&code.to_string(), CfirVersion::Cfir2022).unwrap(),
            code
        );
    }
    // sub-constructs nest under their constructs
    let csv = book.to_csv();
    assert!(csv.contains("\nChampions,Engaging,"), "{csv}");
}

#[test]
fn the_codebook_is_valid_refi_qda() {
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/refi-qda/Codebook.xsd");
    if !common::tools::have("xmllint", "--version") {
        return;
    }
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/codebook/figure2.qdc");
    for qdc in [
        Codebook::review(CfirVersion::Cfir2009).to_qdc(),
        Codebook::for_model(&isp_moc::catalog::figure2(), CfirVersion::Cfir2022).to_qdc(),
        std::fs::read_to_string(shipped).unwrap(),
    ] {
        let out = common::tools::run(
            "xmllint",
            &["--noout", "--schema", schema.to_str().unwrap(), "-"],
            &qdc,
        );
        assert!(out.is_empty(), "{out}");
    }
    // and the validator does reject what the schema forbids
    let broken =
        Codebook::review(CfirVersion::Cfir2009)
            .to_qdc()
            .replacen("isCodable=\"false\"", "", 1);
    let status = std::process::Command::new("xmllint")
        .args(["--noout", "--schema", schema.to_str().unwrap(), "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(broken.as_bytes())?;
            child.wait()
        })
        .unwrap();
    assert!(!status.success());
}

#[test]
fn codebook_text_is_escaped() {
    let mut book = Codebook::review(CfirVersion::Cfir2009);
    book.entries[0].name = "A \"quoted\" <name> & more".to_owned();
    let qdc = book.to_qdc();
    assert!(
        qdc.contains("name=\"A &quot;quoted&quot; &lt;name&gt; &amp; more\""),
        "{qdc}"
    );
}

/// An excerpt coded to no mechanism (an empty `mechanisms` cell) evidences nothing: it is
/// reported as unplaced, not passed over.
#[test]
fn an_excerpt_naming_no_mechanism_is_unplaced() {
    let akin = Study::new(Citation::new("Akin", 2016));
    let base = EvidenceBase::new()
        .with_study(akin.clone())
        .with_excerpt(Excerpt::new(akin.id.clone(), Valence::Enabling).with_page("p. 3"))
        .with_excerpt(
            Excerpt::new(akin.id, Valence::Enabling).with_mechanisms(["isp_skills", "trust"]),
        );
    let weighed = base.weigh(&isp_moc::catalog::figure2()).unwrap();
    assert!(matches!(
        weighed.unplaced(),
        [Unplaced::NoMechanism { excerpt: 1 }]
    ));
    assert_eq!(
        weighed.unplaced_described(),
        ["excerpt #1: it names no mechanism (study `akin_2016`, `p. 3`)"]
    );
}

/// An excerpt naming two mechanisms no link joins still evidences each of them: only the
/// link is left out, and the report says so (it said the evidence was left out, while the
/// mechanisms' support rose).
#[test]
fn an_excerpt_naming_an_unlinked_pair_still_evidences_its_mechanisms() {
    let akin = Study::new(Citation::new("Akin", 2016));
    let base = EvidenceBase::new().with_study(akin.clone()).with_excerpt(
        Excerpt::new(akin.id, Valence::Enabling)
            .with_mechanisms(["trust", "isp_skills"])
            .with_text("reverse order"),
    );
    let g = isp_moc::catalog::figure2();
    assert!(g.link("trust", "isp_skills").is_err());
    let weighed = base.weigh(&g).unwrap();
    assert!(matches!(
        weighed.unplaced(),
        [Unplaced::NoLink { excerpt: 1, .. }]
    ));
    for id in ["trust", "isp_skills"] {
        let m = weighed.graph().mechanism(id).unwrap();
        assert_eq!(m.evidence.support(), 1, "{id}");
    }
    let report = weighed.to_string();
    assert!(
        report.contains(
            "\nunplaced, so left out (an excerpt still evidences what it names that the model \
             has; excerpts numbered by study, as the evidence base keeps them):\n  excerpt #1: \
             no link joins `trust` -> `isp_skills` (study `akin_2016`)"
        ),
        "{report}"
    );
}
