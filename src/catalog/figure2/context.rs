//! The Table 1 context factors, mapped to CFIR 2009, with their enabling and hindering
//! evidence, in Table 1's column order.

use super::cite::{enabling, hindering};
use crate::model::{Category, Evidence, Mechanism, Observation};
use crate::vocab::{Cfir2022Construct, CfirConstruct, CfirDomain};
use crate::Result;

/// A context factor with its reported publication count and observations.
fn factor(
    id: &str,
    label: &str,
    category: Category,
    publications: Option<u32>,
    observations: Vec<Observation>,
) -> Result<Mechanism> {
    let evidence = Evidence {
        publications,
        observations,
        ..Evidence::default()
    };
    Ok(Mechanism::new(id, label, category).with_evidence(evidence))
}

/// Places a factor in CFIR 2022 as well, saying on what basis.
fn also_2022(mut m: Mechanism, construct: Cfir2022Construct, basis: &str) -> Mechanism {
    m.category = m.category.with_cfir2022(construct);
    let placed = format!("CFIR 2022: {} ({basis}).", construct.label());
    m.note = Some(match m.note.take() {
        Some(note) => format!("{note} {placed}"),
        None => placed,
    });
    m
}

const CROSSWALK: &str = "verified in the CFIR 2009-to-2022 crosswalk";
const READING: &str = "this model's reading; the crosswalk has it only as an unverified target";

pub(super) fn context_factors() -> Result<Vec<Mechanism>> {
    let mut all = isp_role()?;
    all.extend(inner_setting()?);
    all.extend(process()?);
    all.extend(individuals()?);
    all.extend(outer_setting()?);
    Ok(all)
}

/// "Characteristics of the ISP Intervention": the CFIR intervention domain applied to the
/// ISP role itself. The paper names no construct for these three.
fn isp_role() -> Result<Vec<Mechanism>> {
    let role = Category::context(CfirDomain::InterventionCharacteristics);
    Ok(vec![
        factor("isp_training_and_support", "ISPs' access to training and support", role.clone(), Some(33), vec![
            enabling("formal support from a research team, supervisor, lead coach, manager or intervention/implementation expert",
                "Anaby et al. 2015; Lessard et al. 2016; Rivard et al. 2010; Russell et al. 2010; Chew et al. 2013; Dickinson et al. 2014; Gunderson et al. 2018; Graaf et al. 2017; Chinman et al. 2017")?,
            enabling("support aimed at problem-solving, quality assurance and updating ISPs' knowledge",
                "Funderburk et al. 2015; Olson et al. 2018; Rivard et al. 2010; Elnitsky et al. 2015; Sanetti et al. 2018; Shernoff et al. 2015; Russell et al. 2010; Waterman et al. 2015")?,
            enabling("two-layer structures (external plus internal facilitator; a broker to the brokers) and ISP teams with complementary competencies, less vulnerable to ISP turnover",
                "McCullough et al. 2017; Rosen et al. 2012; Rivard et al. 2010; Quanbeck et al. 2018; Rosella et al. 2018; Chaffin et al. 2016")?,
            enabling("informal peer support among ISPs: exchanging knowledge, shared learning, collaboration, social support",
                "Rivard et al. 2010; Chew et al. 2013; Russell et al. 2010; Shernoff et al. 2015; Dogherty et al. 2012; Graaf et al. 2017")?,
        ])?
        .with_description("Training and supervision provided to ISPs by others: formal structures, two-layer and team set-ups, informal peer networks.")
        .with_passage("to support the ISP in their work was described in 33 studies")
        .with_passage("Table 1. Contextual Factors Affecting ISP Work by CFIR Domain.")
        .with_note("The paper names no CFIR construct (ISP-specific). Nearest by definition: III.E.2 Available Resources (an inner-setting construct) or, within the domain, I.G Design Quality & Packaging; neither is asserted."),
        factor("isp_role_clarity", "Clarity of the ISP role", role.clone(), Some(18), vec![
            enabling("clarity gives ISPs a sense of direction, a professional identity and authority",
                "Chew et al. 2013; Rushovich et al. 2015; Gerrish et al. 2012")?,
            hindering("overload from competing duties, from stakeholders expecting ISPs to do the work, and from requests by a wider group than planned",
                "Chaffin et al. 2016; Gerrish et al. 2012; Gunderson et al. 2018; Duffy et al. 2012; Waterman et al. 2015; Rivard et al. 2010")?,
            hindering("an evaluative role creates a power imbalance; internal facilitators lacked formal authority; ISPs were not taken seriously",
                "Gunderson et al. 2018; Olson et al. 2018; McCullough et al. 2017; Sanetti et al. 2013; Gerrish et al. 2012")?,
            hindering("external requests for data from ISPs outside the system were met with suspicion, a source of distrust",
                "Waterman et al. 2015")?,
        ])?
        .with_description("Clear expectations about the ISP's role, responsibilities and authority, for ISPs and for those they support.")
        .with_passage("A further 18 studies contained information about ISP role")
        .with_passage("Clarity of the ISP")
        .with_note("The paper names no CFIR construct (ISP-specific). Nearest readings: III.A Structural Characteristics or I.G Design Quality & Packaging; neither is asserted."),
        factor("isp_accessibility", "ISP accessibility", role, Some(15), vec![
            enabling("being present led to more frequent contact, familiarity with local routines, chances to assist and professional credibility",
                "Duffy et al. 2012; Gerrish et al. 2012; Gunderson et al. 2018; Leathers et al. 2016; Kirchner et al. 2014; Sanetti et al. 2013")?,
            hindering("support from a distance did not match stakeholders' preferences and made educating harder",
                "Calo et al. 2018; Bidassie et al. 2015")?,
        ])?
        .with_description("The ISP's physical presence and perceived availability when support needs arise.")
        .with_passage("Finally, 15 studies contained descriptions of ISP accessi-")
        .with_passage("ISP accessibility Relative priority of the")
        .with_note("The paper names no CFIR construct (ISP-specific). Nearest reading: III.E.3 Access to Knowledge & Information; not asserted."),
    ])
}

fn inner_setting() -> Result<Vec<Mechanism>> {
    Ok(vec![
        also_2022(
factor("available_resources", "Availability of resources for implementation support", Category::cfir(CfirConstruct::AvailableResources), Some(24), vec![
            enabling("schedules and workloads organised so staff could attend ISP-run sessions",
                "Bidassie et al. 2015; Dogherty et al. 2013; Gerrish et al. 2012; Graaf et al. 2017; Holtrop et al. 2008; Kauth et al. 2010; Kinley et al. 2014; Mold et al. 2008; Rivard et al. 2010; Rosen et al. 2012; Shernoff et al. 2015")?,
            enabling("administrative assistance, IT or library access, staff recruitment",
                "Leathers et al. 2016; Waterman et al. 2015; Gerrish et al. 2012; Tierney et al. 2014")?,
            enabling("funds procured and allocated to ISP positions",
                "Cameron et al. 2011; Kristensen & Hounsgaard 2013; Russell et al. 2010; Zijpp et al. 2016")?,
        ])?
        .with_description("Time, money and other means available to use implementation support.")
        .with_passage("Twenty-four publications presented the resources available")
        .with_passage("Availability of resources for"),
            Cfir2022Construct::AvailableResources,
            CROSSWALK,
        ),
        factor("leadership_support", "Leadership support provided to ISP", Category::cfir(CfirConstruct::LeadershipEngagement), Some(16), vec![
            enabling("clear implementation expectations voiced by leaders; active, visible support to the ISP",
                "Gerrish et al. 2012; Russell et al. 2010; Holtrop et al. 2008; Leathers et al. 2016; McCullough et al. 2017; Mitchell et al. 2004; Rivard et al. 2010")?,
            hindering("poor leadership, leadership turnover, lack of leadership support, ISP-leader conflict",
                "Waterman et al. 2015; Rushovich et al. 2015; Dogherty et al. 2013; Zijpp et al. 2016")?,
        ])?
        .with_description("Leaders' and managers' commitment to and involvement in the implementation support.")
        .with_passage("port emerged as the second key determinant, presented in 16")
        .with_passage("Leadership support"),
        also_2022(
factor("relative_priority", "Relative priority of the implementation support", Category::cfir(CfirConstruct::RelativePriority), Some(10), vec![
            enabling("organizational commitment to the ISP role; reiterating reasons; alignment with values; protection from competing needs; communicating implications",
                "Anaby et al. 2015; Williams et al. 2013; Zijpp et al. 2016; Cameron et al. 2011; Duffy et al. 2012; Dusenbury et al. 2010; Jacobson et al. 2019")?,
            hindering("no clear strategy for using the implementation support", "Chew et al. 2013")?,
        ])?
        .with_description("How far the ISP role and its work are seen as important to prioritise.")
        .with_passage("in 10 studies. The degree to which an ISP role was prioritized")
        .with_passage("Relative priority of the")
        .with_note("Partly also III.D.2 Compatibility (\"aligning this engagement with an organization's values\")."),
            Cfir2022Construct::RelativePriority,
            CROSSWALK,
        ),
    ])
}

fn process() -> Result<Vec<Mechanism>> {
    Ok(vec![
        also_2022(
factor("internal_implementation_leaders", "Engagement of formally appointed internal implementation leaders", Category::cfir(CfirConstruct::FormallyAppointedInternalImplementationLeaders), Some(15), vec![
            enabling("constructive collaboration reinforced the support's local importance, integrated it, and generated buy-in among practice staff",
                "Gerrish et al. 2012; Gunderson et al. 2018; Shernoff et al. 2015; Mader et al. 2016")?,
            hindering("unclear responsibilities, principals as gatekeepers, strained collaboration, leaders too high up the chain of command, leadership turnover forcing buy-in to be rebuilt",
                "Aasekjaer et al. 2016; Brown et al. 2018b; Brunette et al. 2008; Duffy et al. 2012; Rushovich et al. 2015; Zijpp et al. 2016")?,
        ])?
        .with_description("How formally appointed internal implementation leaders are engaged in the implementation support.")
        .with_passage("Fifteen studies outlined how engaging these leaders could")
        .with_passage("Engagement of formally appointed,")
        .with_note("Some evidence concerns line leaders (III.E.1), which the paper links back to leadership engagement."),
            Cfir2022Construct::ImplementationLeads,
            CROSSWALK,
        ),
        also_2022(
factor("navigating_execution_barriers", "Navigation of barriers to executing implementation support", Category::cfir(CfirConstruct::Executing), Some(11), vec![
            enabling("growing stakeholder capacity, ISPs using the supports available to them, collaboration with data and evaluation experts",
                "Dogherty et al. 2012; McCullough et al. 2017; Rushovich et al. 2015")?,
            hindering("changing or diverging ideas, staff turnover, recommended tools not used, lack of data, technical set-up, staff removed for lack of resources",
                "Hurlburt et al. 2014; Waterman et al. 2015; Rushovich et al. 2015; Jacobson et al. 2019; Bidassie et al. 2015; Funderburk et al. 2015; Aasekjaer et al. 2016")?,
        ])?
        .with_description("Barriers to carrying the support out as planned (turnover, changing agendas, lack of data) and how they are navigated.")
        .with_passage("Other process factors described in publications (n = 11) as")
        .with_passage("Navigation of barriers to the")
        .with_note("Lack of data overlaps V.D Reflecting & Evaluating; resource constraints overlap III.E.2."),
            Cfir2022Construct::Doing,
            CROSSWALK,
        ),
    ])
}

fn individuals() -> Result<Vec<Mechanism>> {
    Ok(vec![
        factor("stakeholder_knowledge_and_beliefs", "Stakeholders' knowledge and beliefs about the RSI and/or the support", Category::cfir(CfirConstruct::KnowledgeAndBeliefsAboutTheIntervention), Some(15), vec![
            enabling("managers trained in the same course, curious and open stakeholders, evidence of the support's efficacy, support relabelled to suit beliefs",
                "Aasekjaer et al. 2016; Anaby et al. 2015; Cameron et al. 2011; Jacobson et al. 2019")?,
            hindering("strong opposition to the guideline (\"tainted relations\"), doubt about evidence-based practice",
                "Dogherty et al. 2013; Dusenbury et al. 2010; Waterman et al. 2015")?,
        ])?
        .with_description("What stakeholders know and believe about the intervention and about the implementation support itself.")
        .with_passage("contained in 15 studies and presented as relating to both the")
        .with_passage("Stakeholders’ knowledge and")
        .with_note("Two subjects: the RSI and the support itself; Cameron 2011 (evidence of efficacy) overlaps I.B Evidence Strength & Quality."),
        factor("stakeholder_competence", "Individual and collective competence of those supported", Category::cfir(CfirConstruct::OtherPersonalAttributes), Some(11), vec![
            enabling("understanding of implementation processes and multidisciplinary groups helped ISPs understand context, widen acceptance and prepare decisions",
                "Gunderson et al. 2018; Jacobson et al. 2019; Dogherty et al. 2012; Gerrish et al. 2012; Brownson et al. 2007")?,
            hindering("support misdirected at a professional group, a team lacking improvement skills forcing basic support, gains largest among those already meeting standards",
                "Tierney et al. 2014; Jacobson et al. 2019; Brownson et al. 2007")?,
        ])?
        .with_description("The individual and collective competence of the stakeholders receiving support.")
        .with_passage("that could be identified in the literature (n = 11) as influencing")
        .with_passage("The individual and collective")
        .with_note("\"Collective competence\" and group composition stretch an individual-level construct (partly V.B Engaging)."),
    ])
}

fn outer_setting() -> Result<Vec<Mechanism>> {
    let shared = "The paper reports 11 studies for the construct External Policy & Incentives, \
                  shared by funding and policy changes; the factor-level count is not reported.";
    Ok(vec![
        also_2022(
factor("external_networks", "Access to external networks", Category::cfir(CfirConstruct::Cosmopolitanism), Some(10), vec![
            enabling("links to RSI developers; access to contacts, information and resources; professional quality; endorsement raising demand and momentum",
                "Saldana & Chamberlain 2012; Waterman et al. 2015; Kristensen & Hounsgaard 2013; Brown et al. 2018b; Tierney et al. 2014")?,
            hindering("pressure on ISPs who span inner and outer contexts, especially across many organizations in wide areas",
                "Gunderson et al. 2018; Gerrish et al. 2012")?,
        ])?
        .with_description("Access to external networks: information and contacts beyond the organization.")
        .with_passage("work of ISPs in 10 and 11 studies, respectively.")
        .with_passage("Access to external"),
            Cfir2022Construct::PartnershipsAndConnections,
            CROSSWALK,
        ),
        also_2022(
factor("funding_changes", "Changes in funding arrangements/structures", Category::cfir(CfirConstruct::ExternalPolicyAndIncentives), None, vec![
            hindering("budget cuts limiting funds for support; disputes over who funds; shared ISP funding hard to set up; tight funder timeframes cutting planning time",
                "Brown et al. 2018a; Dusenbury et al. 2010; Cameron et al. 2011; Chaffin et al. 2016; Gunderson et al. 2018; Rushovich et al. 2015")?,
        ])?
        .with_description("Changes in funding arrangements and structures around implementation support.")
        .with_passage("influencing the work of ISPs. Budget cuts or limitations in")
        .with_passage("Changes in funding")
        .with_note(shared),
            Cfir2022Construct::Financing,
            READING,
        ),
        also_2022(
factor("policy_changes", "Policy changes", Category::cfir(CfirConstruct::ExternalPolicyAndIncentives), None, vec![
            enabling("policies raised stakeholders' interest in joining the initiative and its support",
                "Kirchner et al. 2014; Tierney et al. 2014")?,
            hindering("policy in conflict with the implementation's goals caused anxiety; a new policy changed the support needed",
                "Tierney et al. 2014; Jacobson et al. 2019")?,
        ])?
        .with_description("Policies from the outer context that bear on the implementation and its support.")
        .with_passage("Policies emanating from the outer context were another")
        .with_passage("Policy changes")
        .with_note(shared),
            Cfir2022Construct::PoliciesAndLaws,
            CROSSWALK,
        ),
    ])
}
