//! The Theoretical Domains Framework (TDF v2) and its canonical mapping onto COM-B.
//!
//! * Domains: Cane J, O'Connor D, Michie S, Implementation Science 2012;7:37, Table 2. The 84 theoretical constructs inside the domains are not
//!   encoded.
//! * TDF → COM-B: the Behaviour Change Wheel guide (Michie, Atkins & West 2014), as
//!   reproduced in BMC Health Services Research s12913-022-07750-8 Table 4 and PMC10360015
//!   Table 1. The mapping is **many-to-many**: *Skills*, *Social/Professional Role and
//!   Identity* and *Optimism* each map to two COM-B sub-components. Some studies deviate
//!   from it (e.g. putting *Beliefs about Capabilities* under capability); this crate keeps
//!   the BCW-guide version as canonical.
//!
//! The mapping is data: [`TdfDomain::com_b`] reads it one way,
//! [`ComBSubcomponent::tdf_domains`] the other, and a test checks the two agree.

use super::ComBSubcomponent;

vocabulary! {
    /// The 14 domains of TDF v2 (Cane, O'Connor & Michie, Implementation Science
    /// 2012;7:37), in the framework's order (numbered 1 to 14). The 84 theoretical
    /// constructs inside the domains are not encoded.
    ///
    /// [`com_b`](Self::com_b) gives the canonical many-to-many TDF → COM-B mapping of the
    /// Behaviour Change Wheel guide (Michie, Atkins & West 2014), and
    /// [`ComBSubcomponent::tdf_domains`] its inverse. Some studies deviate from it (e.g.
    /// putting *Beliefs about Capabilities* under capability); the BCW-guide version is the
    /// one encoded.
    ///
    /// A closed, published set, so exhaustive. The BCW guide writes domain 13 as "Emotion";
    /// that spelling parses too.
    ///
    /// ```
    /// use isp_moc::vocab::{ComBSubcomponent, TdfDomain};
    ///
    /// assert_eq!(TdfDomain::ALL.len(), 14);
    /// assert_eq!(TdfDomain::Optimism.number(), 5);
    /// assert_eq!(TdfDomain::Optimism.com_b(),
    ///            [ComBSubcomponent::ReflectiveMotivation, ComBSubcomponent::AutomaticMotivation]);
    /// assert_eq!("Emotion".parse::<TdfDomain>()?, TdfDomain::Emotions);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum TdfDomain ("TDF domain") {
        Knowledge = "knowledge" {
            "Knowledge",
            "Awareness that something exists, including what is known about the condition, the evidence and the procedures.",
        },
        Skills = "skills" {
            "Skills",
            "Abilities gained through practice, whether physical or cognitive and interpersonal.",
        },
        SocialProfessionalRoleAndIdentity = "social_professional_role_and_identity" {
            "Social/Professional Role and Identity",
            "How people see their role at work or in a group, and the behaviour and qualities it asks of them.",
        },
        BeliefsAboutCapabilities = "beliefs_about_capabilities" {
            "Beliefs about Capabilities",
            "How far people accept that they can do the behaviour, and how confident they are in that.",
        },
        Optimism = "optimism" {
            "Optimism",
            "Confidence that things will turn out well or that wanted goals will be reached.",
        },
        BeliefsAboutConsequences = "beliefs_about_consequences" {
            "Beliefs about Consequences",
            "What people believe will follow from doing the behaviour.",
        },
        Reinforcement = "reinforcement" {
            "Reinforcement",
            "How rewards, punishments and other contingencies make the behaviour more or less likely.",
        },
        Intentions = "intentions" {
            "Intentions",
            "A conscious decision to act in a certain way, or to try to.",
        },
        Goals = "goals" {
            "Goals",
            "Outcomes or end states that people want to reach.",
        },
        MemoryAttentionAndDecisionProcesses = "memory_attention_and_decision_processes" {
            "Memory, Attention and Decision Processes",
            "Remembering, keeping attention on what matters and choosing between options.",
        },
        EnvironmentalContextAndResources = "environmental_context_and_resources" {
            "Environmental Context and Resources",
            "Circumstances of the setting, resources included, that encourage or discourage the behaviour.",
        },
        SocialInfluences = "social_influences" {
            "Social Influences",
            "The ways other people change what someone thinks, feels or does.",
        },
        Emotions = "emotions" {
            "Emotions",
            "Feelings and emotional reactions that shape how someone responds.",
            aliases: ["Emotion"],
        },
        BehaviouralRegulation = "behavioural_regulation" {
            "Behavioural Regulation",
            "Anything aimed at managing or changing one's own observable actions.",
            aliases: ["Behavioral Regulation"],
        },
    }
}

impl TdfDomain {
    /// The domain's number in TDF v2 (1 to 14).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::TdfDomain;
    /// assert_eq!(TdfDomain::Knowledge.number(), 1);
    /// assert_eq!(TdfDomain::BehaviouralRegulation.number(), 14);
    /// ```
    pub const fn number(self) -> u8 {
        use TdfDomain::*;
        match self {
            Knowledge => 1,
            Skills => 2,
            SocialProfessionalRoleAndIdentity => 3,
            BeliefsAboutCapabilities => 4,
            Optimism => 5,
            BeliefsAboutConsequences => 6,
            Reinforcement => 7,
            Intentions => 8,
            Goals => 9,
            MemoryAttentionAndDecisionProcesses => 10,
            EnvironmentalContextAndResources => 11,
            SocialInfluences => 12,
            Emotions => 13,
            BehaviouralRegulation => 14,
        }
    }

    /// The COM-B sub-components the domain maps to in the BCW guide (one or two, in COM-B
    /// order).
    ///
    /// *Skills* maps to both capabilities because the guide splits it: physical skills
    /// under physical capability, cognitive and interpersonal skills under psychological
    /// capability (see [`com_b_qualifier`](Self::com_b_qualifier)).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{ComBSubcomponent, TdfDomain};
    /// assert_eq!(TdfDomain::SocialInfluences.com_b(), [ComBSubcomponent::SocialOpportunity]);
    /// let two = TdfDomain::ALL.iter().filter(|d| d.com_b().len() == 2).count();
    /// assert_eq!(two, 3);
    /// ```
    pub const fn com_b(self) -> &'static [ComBSubcomponent] {
        use ComBSubcomponent::*;
        use TdfDomain::*;
        match self {
            Knowledge => &[PsychologicalCapability],
            Skills => &[PhysicalCapability, PsychologicalCapability],
            SocialProfessionalRoleAndIdentity => &[ReflectiveMotivation, AutomaticMotivation],
            BeliefsAboutCapabilities => &[ReflectiveMotivation],
            Optimism => &[ReflectiveMotivation, AutomaticMotivation],
            BeliefsAboutConsequences => &[ReflectiveMotivation],
            Reinforcement => &[AutomaticMotivation],
            Intentions => &[ReflectiveMotivation],
            Goals => &[ReflectiveMotivation],
            MemoryAttentionAndDecisionProcesses => &[PsychologicalCapability],
            EnvironmentalContextAndResources => &[PhysicalOpportunity],
            SocialInfluences => &[SocialOpportunity],
            Emotions => &[AutomaticMotivation],
            BehaviouralRegulation => &[PsychologicalCapability],
        }
    }

    /// The qualifier the BCW guide puts on this domain under `sub`, when it has one: only
    /// *Skills* is qualified, as `"physical"` under physical capability and
    /// `"cognitive/interpersonal"` under psychological capability. `None` otherwise,
    /// including when the domain does not map to `sub` at all.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{ComBSubcomponent, TdfDomain};
    /// assert_eq!(TdfDomain::Skills.com_b_qualifier(ComBSubcomponent::PhysicalCapability),
    ///            Some("physical"));
    /// assert_eq!(TdfDomain::Skills.com_b_qualifier(ComBSubcomponent::PsychologicalCapability),
    ///            Some("cognitive/interpersonal"));
    /// assert_eq!(TdfDomain::Knowledge.com_b_qualifier(ComBSubcomponent::PsychologicalCapability),
    ///            None);
    /// ```
    pub const fn com_b_qualifier(self, sub: ComBSubcomponent) -> Option<&'static str> {
        match (self, sub) {
            (TdfDomain::Skills, ComBSubcomponent::PhysicalCapability) => Some("physical"),
            (TdfDomain::Skills, ComBSubcomponent::PsychologicalCapability) => {
                Some("cognitive/interpersonal")
            }
            _ => None,
        }
    }
}

impl ComBSubcomponent {
    /// The TDF domains that map to this COM-B sub-component in the BCW guide, in TDF order:
    /// the inverse of [`TdfDomain::com_b`].
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{ComBSubcomponent, TdfDomain};
    /// assert_eq!(ComBSubcomponent::PhysicalCapability.tdf_domains(), [TdfDomain::Skills]);
    /// assert_eq!(ComBSubcomponent::AutomaticMotivation.tdf_domains().len(), 4);
    /// ```
    pub const fn tdf_domains(self) -> &'static [TdfDomain] {
        use ComBSubcomponent::*;
        use TdfDomain::*;
        match self {
            PhysicalCapability => &[Skills],
            PsychologicalCapability => &[
                Knowledge,
                Skills,
                MemoryAttentionAndDecisionProcesses,
                BehaviouralRegulation,
            ],
            PhysicalOpportunity => &[EnvironmentalContextAndResources],
            SocialOpportunity => &[SocialInfluences],
            ReflectiveMotivation => &[
                SocialProfessionalRoleAndIdentity,
                BeliefsAboutCapabilities,
                Optimism,
                BeliefsAboutConsequences,
                Intentions,
                Goals,
            ],
            AutomaticMotivation => &[
                SocialProfessionalRoleAndIdentity,
                Optimism,
                Reinforcement,
                Emotions,
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_directions_agree() {
        for &d in TdfDomain::ALL {
            for &s in d.com_b() {
                assert!(s.tdf_domains().contains(&d), "{d:?} -> {s:?}");
            }
        }
        for &s in ComBSubcomponent::ALL {
            for &d in s.tdf_domains() {
                assert!(d.com_b().contains(&s), "{s:?} -> {d:?}");
            }
            let mut sorted = s.tdf_domains().to_vec();
            sorted.sort();
            assert_eq!(sorted, s.tdf_domains(), "TDF order under {s:?}");
        }
        for &d in TdfDomain::ALL {
            let mut sorted = d.com_b().to_vec();
            sorted.sort();
            assert_eq!(sorted, d.com_b(), "COM-B order for {d:?}");
        }
    }
}
