//! The two companion outcome groups of Proctor et al. (2011)'s taxonomy: service outcomes
//! and client outcomes.
//!
//! Source: Proctor E, Silmere H, Raghavan R, et al., Adm Policy Ment Health
//! 2011;38(2):65–76, via the SIRC instrument-review table (Implementation Science
//! s13012-014-0193-x). The eight implementation outcomes of the same taxonomy are
//! [`ImplementationOutcome`](crate::vocab::ImplementationOutcome). Names are copied
//! exactly; descriptions are this crate's paraphrases.

vocabulary! {
    /// The six service outcomes of Proctor et al. (2011)'s taxonomy: the Institute of
    /// Medicine's six aims for quality of care.
    ///
    /// ```
    /// use isp_moc::vocab::ServiceOutcome;
    ///
    /// assert_eq!(ServiceOutcome::ALL.len(), 6);
    /// assert_eq!("patient-centredness".parse::<ServiceOutcome>()?,
    ///            ServiceOutcome::PatientCenteredness);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum ServiceOutcome ("service outcome") {
        Efficiency = "efficiency" {
            "Efficiency",
            "Care avoids wasting equipment, supplies, ideas and energy.",
        },
        Safety = "safety" {
            "Safety",
            "Care avoids harming the people it is meant to help.",
        },
        Effectiveness = "effectiveness" {
            "Effectiveness",
            "Evidence-based services reach those likely to benefit and are not given to those unlikely to.",
        },
        Equity = "equity" {
            "Equity",
            "The quality of care does not vary with personal characteristics such as gender, ethnicity, place or income.",
        },
        PatientCenteredness = "patient_centeredness" {
            "Patient-centeredness",
            "Care respects and responds to each client's preferences, needs and values.",
            aliases: ["Patient-centredness"],
        },
        Timeliness = "timeliness" {
            "Timeliness",
            "Waits and harmful delays are reduced for those who receive and those who give care.",
        },
    }
}

vocabulary! {
    /// The three client outcomes of Proctor et al. (2011)'s taxonomy.
    ///
    /// ```
    /// use isp_moc::vocab::ClientOutcome;
    ///
    /// assert_eq!(ClientOutcome::ALL.len(), 3);
    /// assert_eq!(ClientOutcome::Symptomatology.as_str(), "symptomatology");
    /// ```
    pub enum ClientOutcome ("client outcome") {
        Satisfaction = "satisfaction" {
            "Satisfaction",
            "How satisfied clients are with the service they received.",
        },
        Function = "function" {
            "Function",
            "How well clients manage their daily life and roles.",
            aliases: ["functioning"],
        },
        Symptomatology = "symptomatology" {
            "Symptomatology",
            "How many symptoms clients have, and how severe they are.",
            aliases: ["symptoms"],
        },
    }
}
