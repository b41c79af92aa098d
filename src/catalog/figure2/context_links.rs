//! Links from the Table 1 context factors onto the mechanisms they condition.
//!
//! The paper reports context at the level of the whole ISP-stakeholder interaction; which
//! mechanism each factor bears on is this model's reading of the text (FIGURE2.md's "what it
//! moderates" column), so most of these links are marked inferred. Where the text names the
//! effect (role clarity as a "source of distrust", accessibility building relationships),
//! the link is text-based.

use super::cite::cited;
use crate::model::{Link, Polarity, Relation};
use crate::Result;

fn moderates(from: &str, to: &str) -> Link {
    Link::new(from, to, Relation::Moderates)
}

fn precondition(from: &str, to: &str) -> Link {
    Link::new(from, to, Relation::Precondition)
}

pub(super) fn context_links() -> Result<Vec<Link>> {
    let mut all = isp_role()?;
    all.extend(inner_setting()?);
    all.extend(process_and_individuals()?);
    all.extend(outer_setting()?);
    Ok(all)
}

fn isp_role() -> Result<Vec<Link>> {
    Ok(vec![
        moderates("isp_training_and_support", "isp_skills")
            .inferred()
            .with_evidence(cited("Funderburk et al. 2015; Olson et al. 2018; Rivard et al. 2010; Elnitsky et al. 2015; Sanetti et al. 2018; Shernoff et al. 2015")?)
            .with_passage("the quality of ISP efforts. These include the ISP’s access to")
            .with_note("Problem-solving and quality assurance shape the quality of the support ISPs provide (their strategy use)."),
        moderates("isp_training_and_support", "isp_knowledge")
            .with_evidence(cited("Rivard et al. 2010; Russell et al. 2010; Waterman et al. 2015")?)
            .with_passage("on information and knowledge they required as part of their"),
        precondition("isp_role_clarity", "isp_skills")
            .inferred()
            .with_evidence(cited("Chew et al. 2013; Rushovich et al. 2015; Gerrish et al. 2012")?)
            .with_passage("For ISPs, role clarity was described as a pre-condition for")
            .with_note("A pre-condition for the ISP's sense of direction, identity and authority; mapping that onto the ISP's strategy use is this model's reading."),
        moderates("isp_role_clarity", "trust")
            .with_evidence(cited("Waterman et al. 2015")?)
            .with_passage("the ISPs’ position as a source of distrust in that external re-")
            .with_passage("2019), potentially reducing their ability to build the trusting"),
        moderates("isp_accessibility", "trust")
            .with_evidence(cited("Gerrish et al. 2012; Duffy et al. 2012; Leathers et al. 2016")?)
            .with_passage("viewed as potentially contributing to building closer, collabo-"),
        moderates("isp_accessibility", "go_to_availability")
            .with_evidence(cited("Leathers et al. 2016; Sanetti et al. 2013")?)
            .with_passage("better opportunities for ISPs to offer assis-"),
        moderates("isp_accessibility", "isp_knowledge")
            .with_evidence(cited("Kirchner et al. 2014")?)
            .with_passage("greater familiarity with local routines or norms"),
    ])
}

fn inner_setting() -> Result<Vec<Link>> {
    let offering =
        "Leadership support and priority bear on \"offering and utilizing implementation \
                    support\", i.e. on every ISP-stakeholder link; this model conditions the ISP's \
                    resources, so every link out of them is covered.";
    let mut links = vec![
        moderates("available_resources", "reflection_space")
            .inferred()
            .with_evidence(cited("Bidassie et al. 2015; Gerrish et al. 2012; Holtrop et al. 2008; Rivard et al. 2010; Shernoff et al. 2015")?)
            .with_passage("ganizing schedules or workloads in ways that allowed staff to")
            .with_note("Whether staff can attend ISP-run sessions."),
        moderates("available_resources", "go_to_availability")
            .inferred()
            .with_evidence(cited("Leathers et al. 2016; Waterman et al. 2015")?)
            .with_passage("tance to integrate implementation support in daily routines")
            .with_note("Whether staff can use the support: administrative assistance that fits it into daily routines."),
        precondition("available_resources", "isp_skills")
            .inferred()
            .with_evidence(cited("Cameron et al. 2011; Kristensen & Hounsgaard 2013; Russell et al. 2010; Zijpp et al. 2016")?)
            .with_passage("et al., 2014); or procuring and allocating funds to ISP positions")
            .with_note("Funds allocated to ISP positions are a precondition of the ISP's work."),
    ];
    for resource in ["isp_knowledge", "isp_skills", "isp_attitudes"] {
        links.push(
            moderates("leadership_support", resource)
                .inferred()
                .with_passage("acterized as positive facilitators for offering and utilizing")
                .with_note(offering),
        );
    }
    for resource in ["isp_knowledge", "isp_skills", "isp_attitudes"] {
        links.push(
            moderates("relative_priority", resource)
                .inferred()
                .with_passage("role and work of ISPs were viewed as important to prioritize")
                .with_note(offering),
        );
    }
    Ok(links)
}

fn process_and_individuals() -> Result<Vec<Link>> {
    Ok(vec![
        moderates("internal_implementation_leaders", "openness")
            .with_evidence(cited("Mader et al. 2016")?)
            .with_passage("in to implementing changes among practice staff, thereby"),
        moderates("internal_implementation_leaders", "implementation_behaviour")
            .with_evidence(cited("Mader et al. 2016")?)
            .with_passage("helping implementers to stay focused on change efforts"),
        moderates("navigating_execution_barriers", "isp_skills")
            .inferred()
            .with_evidence(cited("Hurlburt et al. 2014; Waterman et al. 2015; McCullough et al. 2017")?)
            .with_passage("et al., 2014) and necessitating extra effort from ISPs")
            .with_note("Barriers to executing the support demand extra ISP effort; ISPs using their supports deliver as planned."),
        moderates("stakeholder_knowledge_and_beliefs", "trust")
            .inferred()
            .with_evidence(cited("Dogherty et al. 2013")?)
            .with_passage("opposed this guideline, “tainted relations” (p. 135) among")
            .with_note("Opposition among stakeholders tainted the relations among them (trust among stakeholders)."),
        moderates("stakeholder_knowledge_and_beliefs", "openness")
            .inferred()
            .with_evidence(cited("Anaby et al. 2015; Dusenbury et al. 2010; Waterman et al. 2015")?)
            .with_passage("holders curious about and open to this approach, making it")
            .with_note("Curious, open stakeholders made support easier to provide; doubters made it harder."),
        moderates("stakeholder_competence", "meaningful_learning")
            .inferred()
            .with_evidence(cited("Jacobson et al. 2019; Brownson et al. 2007")?)
            .with_passage("diminishing opportunities to address higher-order concerns. In")
            .with_note("Competence decides which concerns ISPs can address (basic or higher-order) and how large the gains are."),
    ])
}

fn outer_setting() -> Result<Vec<Link>> {
    Ok(vec![
        moderates("external_networks", "boundary_spanning")
            .inferred()
            .with_polarity(Polarity::Mixed)
            .with_evidence(cited("Gunderson et al. 2018; Gerrish et al. 2012; Saldana & Chamberlain 2012")?)
            .with_passage("setting organizations in efforts to “span inner and outer")
            .with_note("Networks extend what ISPs can link, but spanning inner and outer contexts puts pressure on them. Inferred: the text names the networks and the pressure; landing them on boundary_spanning is this model's reading."),
        moderates("external_networks", "isp_knowledge")
            .inferred()
            .with_evidence(cited("Waterman et al. 2015")?)
            .with_passage("made it possible to gain access to contacts, information, and")
            .with_note("Connections give ISPs the contacts, information and resources they work with."),
        moderates("funding_changes", "isp_skills")
            .inferred()
            .with_evidence(cited("Brown et al. 2018a; Dusenbury et al. 2010; Rushovich et al. 2015")?)
            .with_passage("holders and thereby limit the funding available for im-")
            .with_note("Funding limits the support ISPs can provide and the time to plan it."),
        moderates("policy_changes", "openness")
            .inferred()
            .with_polarity(Polarity::Mixed)
            .with_evidence(cited("Kirchner et al. 2014; Tierney et al. 2014")?)
            .with_passage("hand, could increase stakeholders’ interest in joining an")
            .with_passage("the other hand, create anxiety among stakeholders if, for")
            .with_note("Inferred: the text says policies raise stakeholders' interest in joining an initiative or create anxiety; placing that on openness is this model's reading."),
    ])
}
