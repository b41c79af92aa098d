//! Figure 2's resources, stakeholder responses and outcome, in the paper's order.

use super::cite::{cited, hindering};
use crate::model::{Category, Mechanism};
use crate::vocab::{ComBSubcomponent, EricStrategy, IspResource, OutcomeLevel, ReasoningType};
use crate::Result;

const OURS: &str = "The COM-B component is the paper's (the section the element sits in); \
the sub-component is this model's reading.";

pub(super) fn elements() -> Result<Vec<Mechanism>> {
    let mut all = resources()?;
    all.extend(relational()?);
    all.extend(capability()?);
    all.extend(opportunity()?);
    all.extend(motivation()?);
    all.push(outcome()?);
    Ok(all)
}

fn resources() -> Result<Vec<Mechanism>> {
    Ok(vec![
        Mechanism::new(
            "isp_knowledge",
            "ISP knowledge",
            Category::resource(IspResource::Knowledge),
        )
        .with_description(
            "What the ISP knows, such as intervention expertise and familiarity with the \
                 local context; credited in 4% of response excerpts.",
        )
        .with_passage("Only few excerpts (4%)"),
        Mechanism::new(
            "isp_skills",
            "ISP skills",
            Category::skills(&[
                EricStrategy::Facilitation,
                EricStrategy::ProvideOngoingConsultation,
                EricStrategy::AuditAndProvideFeedback,
                EricStrategy::RemindClinicians,
            ]),
        )
        .with_description(
            "The ISP's use of implementation strategies (consultation/facilitation, audit \
             and feedback, reminding, providing data); credited in 67% of response excerpts.",
        )
        .with_passage("The vast majority of these text excerpts")
        .with_passage("among their stakeholders, for example, through consultation/")
        .with_passage("reminding or prompting")
        .with_note(
            "The ERIC strategies are the ones the text names for ISPs' strategy use: \
             consultation/facilitation (Facilitation; Provide ongoing consultation), audit and \
             feedback, and reminding. The companion skills review found ISPs using 18 ERIC \
             strategies; which 18 is not verified here, so no others are listed.",
        ),
        Mechanism::new(
            "isp_attitudes",
            "ISP attitudes",
            Category::resource(IspResource::Attitudes),
        )
        .with_description(
            "How the ISP comes across (respect, positivity, validation, professionalism); \
                 alone or with strategy use, credited in 26% of response excerpts.",
        )
        .with_passage("26% of excerpts"),
    ])
}

fn relational() -> Result<Vec<Mechanism>> {
    let relational = Category::reasoning(ReasoningType::Relational);
    Ok(vec![
        Mechanism::new("trust", "Trust", relational.clone())
            .with_description(
                "Trust and trusting relationships: stakeholders' trust in the ISP, and trust \
                 and relationships among stakeholders (\"in and among\").",
            )
            .with_evidence(cited(
                "Akin 2016; Bidassie et al. 2015; Duffy et al. 2012; Dusenbury et al. 2010; \
                 Kaasalainen et al. 2015; Olson et al. 2018; Rushovich et al. 2015; \
                 Williams et al. 2013; Yazejian et al. 2019",
            )?)
            .with_passage("developing trust")
            .with_passage("ISPs install trust in and among their stakeholders")
            .with_note(
                "Relational responses could not be placed in any COM-B domain (24 studies).",
            ),
        Mechanism::new(
            "psychological_safety",
            "Sense of safety",
            relational.clone(),
        )
        .with_description(
            "A sense of safety in the interaction with the ISP, and with other \
                 stakeholders: not feeling judged or negatively evaluated.",
        )
        .with_evidence(cited(
            "Akin 2016; Anyon et al. 2016; Barac et al. 2018; Duffy et al. 2012; \
                 Shernoff et al. 2015; Tierney et al. 2014",
        )?)
        .with_passage("experiencing a sense of safety in the interaction")
        .with_passage("felt that they were not being judged"),
        Mechanism::new("openness", "Openness", relational)
            .with_description(
                "Sharing details of one's practice, buying into and experimenting with new \
                 approaches, giving up part of one's control, toward the ISP and toward other \
                 stakeholders.",
            )
            .with_evidence(cited(
                "Bidassie et al. 2015; Akin 2016; Anyon et al. 2016; Duffy et al. 2012; \
                 Shernoff et al. 2015; Hurlburt et al. 2014; Beidas et al. 2013; \
                 Gustafson et al. 2013; Rosen et al. 2012; Rushovich et al. 2015",
            )?)
            .with_passage("easier to share details")
            .with_passage("part of their control"),
    ])
}

fn capability() -> Result<Vec<Mechanism>> {
    let psychological = Category::com_b(ComBSubcomponent::PsychologicalCapability);
    Ok(vec![
        Mechanism::new("meaningful_learning", "Meaningful learning", psychological.clone())
            .with_description(
                "Meaningful, relevant learning: the ISP and colleagues seen as allies; an open \
                 mind (naming one's learning needs, absorbing knowledge that challenges one's \
                 beliefs, changing perspectives, experimenting with new techniques).",
            )
            .with_evidence(cited(
                "Williams et al. 2013; Barac et al. 2018; Beidas et al. 2013; Akin 2016; \
                 Calo et al. 2018; Shernoff et al. 2015; Worton et al. 2018; Anyon et al. 2016",
            )?)
            .with_passage("making learning partic-")
            .with_passage("allies in a learning process")
            .with_note(OURS),
        Mechanism::new("self_efficacy", "Self-efficacy", psychological)
            .with_description(
                "Confidence in being able to exercise implementation behaviours: deeper \
                 understanding of evidence-based practice and of one's practice area, clarity \
                 on and confidence to apply the intervention, \"applicable and doable\" ideas, \
                 capacity to solve implementation problems.",
            )
            .with_evidence({
                let mut e = cited(
                    "Aasekjaer et al. 2016; Anaby et al. 2015; Brown et al. 2018b; \
                     Kristensen & Hounsgaard 2013; Akin 2016; Hodge et al. 2017; \
                     Leeman et al. 2017; Rosella et al. 2018; Shernoff et al. 2015; \
                     Bradshaw et al. 2012; Calo et al. 2018; McCullough et al. 2017",
                )?;
                e.observations.push(
                    hindering(
                        "an unprofessional ISP attitude decreased stakeholders' perceived self-efficacy (a single study)",
                        "Gunderson et al. 2018",
                    )?
                    .with_passage("unprofessional attitude"),
                );
                e
            })
            .with_passage("confidence in being able to exercise")
            .with_passage("Such meaningful learning helped to develop")
            .with_note(
                "The paper places self-efficacy under capability; the TDF-to-COM-B mapping \
                 would put beliefs about capabilities under reflective motivation. The paper's \
                 placement is followed.",
            ),
    ])
}

fn opportunity() -> Result<Vec<Mechanism>> {
    use ComBSubcomponent::{PhysicalOpportunity, SocialOpportunity};
    let social = Category::com_b(SocialOpportunity);
    let isp = "isp_as_opportunity";
    let norms = "organizational_norms";
    Ok(vec![
        Mechanism::new("prompting", "Reminding and prompting", social.clone())
            .with_group(isp)
            .with_description(
                "The ISP reminds or prompts stakeholders of intended changes, keeping them on \
                 track with the planned process amid competing demands.",
            )
            .with_evidence(cited(
                "Anyon et al. 2016; Barac et al. 2018; Chinman et al. 2017; Holtrop et al. 2008; \
                 Kristensen & Hounsgaard 2013; Rushovich et al. 2015",
            )?)
            .with_passage("reminding or prompting")
            .with_note("Social opportunity is this model's reading; a reminder is also a cue, which COM-B counts as physical opportunity."),
        Mechanism::new("reflection_space", "Space for reflection", Category::com_b(PhysicalOpportunity))
            .with_group(isp)
            .with_description(
                "A regularly secured, dedicated, carved-out space to reflect on the \
                 implementation, through implementation data and scheduled support sessions.",
            )
            .with_evidence(cited(
                "Barac et al. 2018; Brunette et al. 2008; Cameron et al. 2011; \
                 Kousgaard & Thorsen 2012; Shernoff et al. 2015; Worton et al. 2018",
            )?)
            .with_passage("carved out space")
            .with_passage("regularly securing")
            .with_note("Physical opportunity (time and space set aside, data supplied) with social aspects: this model's reading."),
        Mechanism::new("go_to_availability", "Go-to availability", social.clone())
            .with_group(isp)
            .with_description(
                "The ISP is continuously available as a go-to person for advice, including on \
                 barriers not foreseen at the start; sourcing evidence and collecting data saves \
                 stakeholders time.",
            )
            .with_evidence(cited(
                "Bidassie et al. 2015; Duffy et al. 2012; Hurlburt et al. 2014; \
                 Mackenzie et al. 2011; Shernoff et al. 2015; Williams et al. 2013; \
                 Anyon et al. 2016; Barac et al. 2018; Cameron et al. 2011",
            )?)
            .with_passage("go to person")
            .with_passage("saving stakeholders")
            .with_note(OURS),
        Mechanism::new("organizational_structures", "Organizational policies and plans", social.clone())
            .with_group(norms)
            .with_description(
                "New organizational policies, action or work plans and annual reports, \
                 developed with the ISP's data and intervention expertise.",
            )
            .with_evidence(cited("Acolet et al. 2011; Brunette et al. 2008; Rosella et al. 2018")?)
            .with_passage("new organizational policies")
            .with_note(OURS),
        Mechanism::new("boundary_spanning", "Boundary spanning", social.clone())
            .with_group(norms)
            .with_description(
                "The ISP as boundary spanner or linking agent who pulls disparate strands of \
                 information and people together; one of the four mechanisms the Discussion \
                 names.",
            )
            .with_evidence(cited("Waterman et al. 2015; Saldana & Chamberlain 2012")?)
            .with_passage("boundary spanner or linking agent")
            .with_note(OURS),
        Mechanism::new("culture_and_climate", "Organizational culture and climate", social)
            .with_group(norms)
            .with_description(
                "Change of organizational culture and climate: the stated ambition of \
                 ISP-centred interventions, with the ISP as \"lynchpin\"; reported as an aim or \
                 assumption rather than an observed response.",
            )
            .with_evidence(cited(
                "Glisson et al. 2013; Hurlburt et al. 2014; Saldana & Chamberlain 2012; \
                 Williams et al. 2017",
            )?)
            .with_passage("ambitions to change")
            .with_passage("entire organizational cultures")
            .with_note(OURS),
    ])
}

fn motivation() -> Result<Vec<Mechanism>> {
    let automatic = Category::com_b(ComBSubcomponent::AutomaticMotivation);
    let focus = "The paper reports only automatic motivation here; reflective motivation \
                 (e.g. through consultation/facilitation or audit and feedback) is covered in its \
                 companion skills review, so its absence is not evidence of absence.";
    Ok(vec![
        Mechanism::new(
            "morale_and_commitment",
            "Morale and commitment",
            automatic.clone(),
        )
        .with_description(
            "Boosted morale; motivation to take action in unanticipated ways, invest in the \
                 process, stay enthusiastic about, committed and loyal to it over time.",
        )
        .with_evidence(cited(
            "Brunette et al. 2008; Brown et al. 2018b; Duffy et al. 2012; \
                 Kousgaard & Thorsen 2012; Waterman et al. 2015",
        )?)
        .with_passage("boost morale")
        .with_note(focus),
        Mechanism::new("empowerment", "Empowerment", automatic.clone())
            .with_description(
                "Empowerment by a positive, validating ISP attitude, whose positivity differs \
                 markedly from stakeholders' daily routines.",
            )
            .with_evidence(cited("Akin 2016; Anaby et al. 2015")?)
            .with_passage("positive and validating")
            .with_note(focus),
        Mechanism::new(
            "responsibility",
            "Responsibility and accountability",
            automatic,
        )
        .with_description(
            "A stronger sense of responsibility and accountability for one's practice, \
                 keeping stakeholders engaged in the implementation.",
        )
        .with_evidence(cited("Akin 2016; Barac et al. 2018; Meropol et al. 2014")?)
        .with_passage("sense of responsibility")
        .with_note(focus),
    ])
}

fn outcome() -> Result<Mechanism> {
    use OutcomeLevel::*;
    Ok(Mechanism::new(
        "implementation_behaviour",
        "Implementation behaviour",
        Category::outcome(&[Individual, Organization, System]),
    )
    .with_description(
        "Implementation behaviour of the individuals, organizations and systems ISPs \
         support: how they promote, select and use research-supported interventions.",
    )
    .with_passage("behavior supportive of the implementation")
    .with_passage("promote, select, and use RSIs")
    .with_note(
        "The paper could not connect its mechanisms to clearly defined implementation \
         outcomes, so no Proctor outcome is named.",
    ))
}
