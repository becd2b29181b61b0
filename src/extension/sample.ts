// A short analysis for "Open Example Analysis", written for the welcome view.
export const SAMPLE_ANALYSIS = `---
title: Sample analysis
references:
  - id: csto2022
    title: CSTO statement on the Kazakhstan mission
    issued: 2022-01-06
---

# A first look

When Tokayev asked for help, the CSTO sent troops to Kazakhstan within a day [@csto2022].
Moscow framed the mission as collective security.

Putin said the unrest concerned “all of us”, which is the kind of statement that needs a source.

Hover over a name or a concept, open the Policy Lens view, and use the light bulb on the warning.
`;
