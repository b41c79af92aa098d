//! The study table of Figure 2: every publication the model cites, by the id its
//! author-year citation gives ([`StudyId::from_citation`]), with the fullest author list
//! the review's text prints.
//!
//! The review's text (the seed this catalog is read from) has no reference list and no
//! table of study characteristics, so a study's location, design, sector and ISP roles are
//! left unset rather than guessed. Author lists are the review's first (APA) citation of
//! the study; where it only ever writes "et al." the table keeps that. Two are kept as
//! printed: `Tierney, Kislov, R., & Deaton` (an initial the review prints as an author) and
//! `Hjälmhult` (precomposed, as the review prints it).

use crate::model::{Citation, Study, StudyId};
use crate::Result;

/// `(short citation as the links cite it, fullest author list or "" when only the short
/// form is printed)`, alphabetical.
const STUDIES: &[(&str, &str)] = &[
    (
        "Aasekjaer et al. 2016",
        "Aasekjaer, Waehle, Ciliska, Nordtvedt, & Hjälmhult",
    ),
    ("Acolet et al. 2011", ""),
    ("Akin 2016", ""),
    (
        "Anaby et al. 2015",
        "Anaby, Korner-Bitensky, Law, & Cormier",
    ),
    ("Anyon et al. 2016", "Anyon, Nicotera, & Veeh"),
    ("Barac et al. 2018", "Barac, Kimber, Johnson, & Barwick"),
    ("Beidas et al. 2013", ""),
    (
        "Bidassie et al. 2015",
        "Bidassie, Williams, Woodward-Hagg, Matthias, & Damush",
    ),
    (
        "Bradshaw et al. 2012",
        "Bradshaw, Pas, Goldweber, Rosenberg, & Leaf",
    ),
    ("Brown et al. 2018a", ""),
    ("Brown et al. 2018b", ""),
    ("Brownson et al. 2007", ""),
    ("Brunette et al. 2008", ""),
    ("Calo et al. 2018", ""),
    (
        "Cameron et al. 2011",
        "Cameron, Russell, Rivard, Darrah, & Palisano",
    ),
    ("Chaffin et al. 2016", ""),
    ("Chew et al. 2013", "Chew, Armstrong, & Martin"),
    (
        "Chinman et al. 2017",
        "Chinman, McCarthy, Hannah, Byrne, & Smelson",
    ),
    ("Dickinson et al. 2014", ""),
    (
        "Dogherty et al. 2012",
        "Dogherty, Harrison, Baker, & Graham",
    ),
    (
        "Dogherty et al. 2013",
        "Dogherty, Harrison, Graham, Vandyk, & Keeping-Burke",
    ),
    ("Duffy et al. 2012", ""),
    ("Dusenbury et al. 2010", ""),
    ("Elnitsky et al. 2015", ""),
    ("Funderburk et al. 2015", ""),
    ("Gerrish et al. 2012", ""),
    (
        "Glisson et al. 2013",
        "Glisson, Hemmelgarn, Green, & Williams",
    ),
    (
        "Graaf et al. 2017",
        "Graaf, McBeath, Lwin, Holmes, & Austin",
    ),
    ("Gunderson et al. 2018", ""),
    ("Gustafson et al. 2013", ""),
    ("Hodge et al. 2017", "Hodge, Turner, Sanders, & Forster"),
    ("Holtrop et al. 2008", "Holtrop, Baumann, Arnold, & Torres"),
    ("Hurlburt et al. 2014", ""),
    (
        "Jacobson et al. 2019",
        "Jacobson, Johnson, Deyo, Alagoz, & Quanbeck",
    ),
    ("Kaasalainen et al. 2015", ""),
    ("Kauth et al. 2010", ""),
    ("Kinley et al. 2014", ""),
    ("Kirchner et al. 2014", ""),
    ("Kousgaard & Thorsen 2012", ""),
    ("Kristensen & Hounsgaard 2013", ""),
    (
        "Leathers et al. 2016",
        "Leathers, Spielfogel, Blakey, Christian, & Atkins",
    ),
    (
        "Leeman et al. 2017",
        "Leeman, Myers, Grant, Wangen, & Queen",
    ),
    ("Lessard et al. 2016", ""),
    ("Mackenzie et al. 2011", ""),
    ("Mader et al. 2016", ""),
    ("McCullough et al. 2017", ""),
    ("Meropol et al. 2014", ""),
    ("Mitchell et al. 2004", ""),
    ("Mold et al. 2008", "Mold, Aspy, & Nagykaldi"),
    ("Olson et al. 2018", "Olson, McCarthy, Perkins, & Borden"),
    ("Quanbeck et al. 2018", ""),
    ("Rivard et al. 2010", ""),
    ("Rosella et al. 2018", ""),
    ("Rosen et al. 2012", ""),
    (
        "Rushovich et al. 2015",
        "Rushovich, Bartley, Steward, & Bright",
    ),
    ("Russell et al. 2010", ""),
    ("Saldana & Chamberlain 2012", ""),
    ("Sanetti et al. 2013", "Sanetti, Fallon, & Collier-Meek"),
    (
        "Sanetti et al. 2018",
        "Sanetti, Williamson, Long, & Kratochwill",
    ),
    (
        "Shernoff et al. 2015",
        "Shernoff, Lakind, Frazier, & Jakobsons",
    ),
    ("Tierney et al. 2014", "Tierney, Kislov, R., & Deaton"),
    ("Waterman et al. 2015", ""),
    ("Williams et al. 2013", "Williams, Burton, & Rycroft-Malone"),
    (
        "Williams et al. 2017",
        "Williams, Glisson, Hemmelgarn, & Green",
    ),
    ("Worton et al. 2018", ""),
    ("Yazejian et al. 2019", ""),
    ("Zijpp et al. 2016", ""),
];

/// The table, in alphabetical order of citation.
pub(super) fn studies() -> Result<Vec<Study>> {
    STUDIES
        .iter()
        .map(|&(short, full)| {
            let short: Citation = short.parse()?;
            let mut citation = short.clone();
            if !full.is_empty() {
                citation.authors = full.to_owned();
            }
            Ok(Study::new(citation).with_id(StudyId::from_citation(&short)))
        })
        .collect()
}
