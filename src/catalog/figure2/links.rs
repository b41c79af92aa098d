//! Figure 2's links between resources, responses and the outcome, in the order of
//! `FIGURE2.md`'s link table. Inferred links are marked; hindering findings are recorded as
//! hindering observations on the link they concern.

use super::cite::{cited, hindering};
use crate::model::{Link, Relation};
use crate::Result;

fn leads(from: &str, to: &str) -> Link {
    Link::new(from, to, Relation::LeadsTo)
}

fn needs(from: &str, to: &str) -> Link {
    Link::new(from, to, Relation::Precondition)
}

pub(super) fn links() -> Result<Vec<Link>> {
    let mut all = relational()?;
    all.extend(capability()?);
    all.extend(opportunity()?);
    all.extend(motivation()?);
    all.extend(behaviour()?);
    Ok(all)
}

fn relational() -> Result<Vec<Link>> {
    let development = "Their development was de-";
    Ok(vec![
        leads("isp_skills", "trust")
            .with_evidence(cited("Barac et al. 2018")?)
            .with_passage("skilled strategy use lending credi-")
            .with_note("skilled strategy use lends credibility to the ISP's expertise"),
        leads("isp_knowledge", "trust")
            .with_evidence(cited("Aasekjaer et al. 2016")?)
            .with_observation(
                hindering("a lack of familiarity with local contexts decreased trust toward the ISP", "Shernoff et al. 2015")?
                    .with_passage("indicated that a lack of fa-"),
            )
            .with_passage("respect and recognition among their"),
        leads("isp_attitudes", "trust")
            .with_evidence(cited("Beidas et al. 2013")?)
            .with_observation(
                hindering("difficulties with validating stakeholders' experience decreased trust", "Shernoff et al. 2015")?
                    .with_passage("difficulties with validating"),
            )
            .with_passage("perceived as a sign of respect"),
        leads("isp_skills", "psychological_safety")
            .with_evidence(cited("Barac et al. 2018")?)
            .with_passage(development)
            .with_note("\"Their development\" covers both trust and the sense of safety."),
        leads("isp_knowledge", "psychological_safety")
            .with_evidence(cited("Aasekjaer et al. 2016")?)
            .with_passage(development),
        leads("isp_attitudes", "psychological_safety")
            .with_evidence(cited("Beidas et al. 2013")?)
            .with_passage(development),
        leads("trust", "openness")
            .with_evidence(cited("Bidassie et al. 2015; Akin 2016; Anyon et al. 2016; Duffy et al. 2012")?)
            .with_passage("easier to share details")
            .with_passage("buy into and experiment"),
        needs("psychological_safety", "openness")
            .with_evidence(cited(
                "Shernoff et al. 2015; Hurlburt et al. 2014; Beidas et al. 2013; Gustafson et al. 2013; \
                 Rosen et al. 2012; Rushovich et al. 2015",
            )?)
            .with_passage("felt that they were not being judged")
            .with_passage("part of their control")
            .with_passage("requiring a sense of safety"),
    ])
}

fn capability() -> Result<Vec<Link>> {
    Ok(vec![
        needs("psychological_safety", "meaningful_learning")
            .inferred()
            .with_passage("engage in joint learning")
            .with_note("Relationships \"requiring a sense of safety\" to share experience and engage in joint learning; reading joint learning as meaningful learning is this model's."),
        needs("trust", "meaningful_learning")
            .with_evidence(cited("Williams et al. 2013; Barac et al. 2018; Beidas et al. 2013")?)
            .with_passage("In building on both the aforementioned trust")
            .with_passage("among stakeholders and utilizing this trust to promote")
            .with_note("Strategy use makes learning meaningful \"in building on\" trust and the reflection space."),
        needs("reflection_space", "meaningful_learning")
            .with_evidence(cited("Williams et al. 2013; Barac et al. 2018")?)
            .with_passage("dedicated space for reflection (opportunity)"),
        leads("isp_skills", "meaningful_learning")
            .with_evidence(cited(
                "Williams et al. 2013; Barac et al. 2018; Beidas et al. 2013; Akin 2016; Calo et al. 2018; \
                 Shernoff et al. 2015; Worton et al. 2018; Anyon et al. 2016",
            )?)
            .with_passage("making learning partic-")
            .with_passage("allies in a learning process"),
        leads("meaningful_learning", "self_efficacy")
            .with_evidence(cited(
                "Aasekjaer et al. 2016; Anaby et al. 2015; Brown et al. 2018b; Kristensen & Hounsgaard 2013; \
                 Akin 2016; Hodge et al. 2017; Leeman et al. 2017; Rosella et al. 2018; Shernoff et al. 2015; \
                 Bradshaw et al. 2012; Calo et al. 2018; McCullough et al. 2017",
            )?)
            .with_passage("Such meaningful learning helped to develop"),
        leads("isp_attitudes", "self_efficacy")
            .with_observation(
                hindering("an unprofessional ISP attitude decreased the perceived self-efficacy with which stakeholders applied the RSI", "Gunderson et al. 2018")?
                    .with_passage("unprofessional attitude"),
            )
            .with_passage("A single study (Gunderson et al.,")
            .with_note("Reported only as a hindering finding, in a single study."),
    ])
}

fn opportunity() -> Result<Vec<Link>> {
    let role = "The text credits the ISP role (\"As this resource\"), not a named resource type; reading it as strategy use is this model's.";
    Ok(vec![
        leads("isp_skills", "prompting")
            .inferred()
            .with_evidence(cited(
                "Anyon et al. 2016; Barac et al. 2018; Chinman et al. 2017; Holtrop et al. 2008; \
                 Kristensen & Hounsgaard 2013; Rushovich et al. 2015",
            )?)
            .with_passage("resource, ISPs were described as creating opportunities by")
            .with_passage("reminding or prompting")
            .with_note(role),
        leads("isp_skills", "reflection_space")
            .inferred()
            .with_evidence(cited(
                "Barac et al. 2018; Brunette et al. 2008; Cameron et al. 2011; Kousgaard & Thorsen 2012; \
                 Shernoff et al. 2015; Worton et al. 2018",
            )?)
            .with_passage("carved out space")
            .with_note(role),
        leads("isp_skills", "go_to_availability")
            .inferred()
            .with_evidence(cited(
                "Bidassie et al. 2015; Duffy et al. 2012; Hurlburt et al. 2014; Mackenzie et al. 2011; \
                 Shernoff et al. 2015; Williams et al. 2013; Anyon et al. 2016; Barac et al. 2018; \
                 Cameron et al. 2011",
            )?)
            .with_passage("go to person")
            .with_passage("including barriers not foreseen")
            .with_passage("saving stakeholders")
            .with_note(role),
        leads("isp_knowledge", "organizational_structures")
            .with_evidence(cited("Acolet et al. 2011; Brunette et al. 2008; Rosella et al. 2018")?)
            .with_passage("provision of data and intervention ex-")
            .with_note("via the ISP's intervention expertise"),
        leads("isp_skills", "organizational_structures")
            .inferred()
            .with_evidence(cited("Acolet et al. 2011; Brunette et al. 2008; Rosella et al. 2018")?)
            .with_passage("provision of data and intervention ex-")
            .with_note("\"provision of data\" read as strategy use"),
        leads("isp_skills", "boundary_spanning")
            .inferred()
            .with_evidence(cited("Waterman et al. 2015")?)
            .with_passage("boundary spanner or linking agent")
            .with_note("The text presents boundary spanning as the ISP's role in culture-change interventions, not as the product of a named resource."),
        leads("boundary_spanning", "culture_and_climate")
            .with_evidence(cited("Williams et al. 2017")?)
            .with_passage("proficient organizational cultures")
            .with_passage("boundary spanner or linking agent who can")
            .with_note(
                "An assumption of the interventions reviewed (\"assumed to\"), stated in the text                  for Williams et al. 2017 only; Glisson et al. 2013, Hurlburt et al. 2014 and Saldana                  & Chamberlain 2012 are cited for the ISP as the lynchpin of culture-change                  interventions, which the element culture_and_climate carries.",
            ),
    ])
}

fn motivation() -> Result<Vec<Link>> {
    let general = "Brunette et al. 2008; Brown et al. 2018b; Duffy et al. 2012; \
                   Kousgaard & Thorsen 2012; Waterman et al. 2015";
    let foundation = "Conclusion: trusting relationships are a \"necessary foundation for \
                      motivating stakeholders\"; background: McLeod et al. 2018 (LEAP: the \
                      trainee-consultant alliance may motivate engagement in learning).";
    Ok(vec![
        leads("isp_skills", "morale_and_commitment")
            .with_evidence(cited(general)?)
            .with_passage("Firstly, at a general level, ISPs’ strategy use and attitudes")
            .with_passage("boost morale"),
        leads("isp_attitudes", "morale_and_commitment")
            .with_evidence(cited(general)?)
            .with_passage("Firstly, at a general level, ISPs’ strategy use and attitudes")
            .with_passage("boost morale"),
        leads("isp_attitudes", "empowerment")
            .with_evidence(cited("Akin 2016; Anaby et al. 2015")?)
            .with_observation(
                hindering(
                    "positivity perceived as inauthentic demotivated stakeholders",
                    "Akin 2016",
                )?
                .with_passage("could also demotivate"),
            )
            .with_passage("positive and validating"),
        leads("isp_skills", "responsibility")
            .with_evidence(cited("Akin 2016; Barac et al. 2018; Meropol et al. 2014")?)
            .with_passage("consultation/facilitation, was presented as strengthening")
            .with_note("strategy use focused on consultation/facilitation"),
        needs("trust", "morale_and_commitment")
            .with_passage("necessary foundation for motivating")
            .with_note(foundation),
        needs("trust", "empowerment")
            .with_passage("necessary foundation for motivating")
            .with_note(foundation),
        needs("trust", "responsibility")
            .with_passage("necessary foundation for motivating")
            .with_note(foundation),
    ])
}

fn behaviour() -> Result<Vec<Link>> {
    let to = "implementation_behaviour";
    let isp_opportunity = "The ISP role presented \"as an opportunity for enabling implementation \
                           behavior\"; Discussion: \"providing ongoing opportunities for learning, \
                           reflection, and support\".";
    let org_opportunity = "Group statement: \"opportunities for changing implementation behavior \
                           being created at the organizational level\".";
    let motivating = "Discussion: \"positively motivating stakeholders\" is one way ISPs enable \
                      implementation behaviour; motivation processes \"energize and direct\" it.";
    Ok(vec![
        needs("trust", to)
            .with_passage("necessary foundation for motivating")
            .with_passage("ingredient of the mechanism that connects the work of")
            .with_note("Authors' synthesis: trust as a foundation for \"enabling implementation learning and behavior\" and a \"central ingredient of the mechanism\"."),
        leads("openness", to)
            .inferred()
            .with_evidence(cited("Akin 2016; Anyon et al. 2016; Duffy et al. 2012")?)
            .with_passage("buy into and experiment")
            .with_note("buying into and experimenting with new approaches, read as implementation behaviour"),
        leads("meaningful_learning", to)
            .with_passage("among stakeholders and utilizing this trust to promote")
            .with_note("Discussion summary: ISPs may enable implementation behaviour by using trust to promote meaningful and relevant learning."),
        leads("self_efficacy", to)
            .inferred()
            .with_passage("confidence in being able to exercise")
            .with_note("Self-efficacy is defined as confidence to exercise implementation behaviours; COM-B links capability to behaviour; the text states no link."),
        leads("prompting", to)
            .with_evidence(cited(
                "Anyon et al. 2016; Barac et al. 2018; Chinman et al. 2017; Holtrop et al. 2008; \
                 Kristensen & Hounsgaard 2013; Rushovich et al. 2015",
            )?)
            .with_passage("changes and thereby keeping them on track with the")
            .with_passage("opportunity for enabling implementation behavior"),
        leads("reflection_space", to)
            .with_passage("opportunity for enabling implementation behavior")
            .with_passage("providing ongoing oppor-")
            .with_note(isp_opportunity),
        leads("go_to_availability", to)
            .with_passage("opportunity for enabling implementation behavior")
            .with_passage("providing ongoing oppor-")
            .with_note(isp_opportunity),
        leads("organizational_structures", to)
            .with_passage("portunities for changing implementation behavior being")
            .with_note(org_opportunity),
        leads("culture_and_climate", to)
            .with_evidence(cited("Williams et al. 2017")?)
            .with_passage("portunities for changing implementation behavior being")
            .with_passage("a change in practitioners’ intentions to use the RSI")
            .with_note("Also the Introduction's ARC trial: improved culture changed practitioners' intentions and RSI use rose."),
        leads("boundary_spanning", to)
            .with_evidence(cited("Saldana & Chamberlain 2012")?)
            .with_passage("boundaries in ways that support implementation")
            .with_passage("assumed to enable collaboration among diverse")
            .with_note("boundary spanning \"assumed to enable collaboration among diverse stakeholders\""),
        leads("morale_and_commitment", to)
            .with_passage("tively motivating stakeholders")
            .with_passage("energize and direct")
            .with_note(motivating),
        leads("empowerment", to)
            .with_passage("tively motivating stakeholders")
            .with_passage("energize and direct")
            .with_note(motivating),
        leads("responsibility", to)
            .with_evidence(cited("Akin 2016; Barac et al. 2018; Meropol et al. 2014")?)
            .with_passage("stay engaged in the implementation")
            .with_note("\"helping them to stay engaged in the implementation\""),
    ])
}
