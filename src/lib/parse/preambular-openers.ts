/**
 * The words that open a preambular paragraph of a UN resolution (the UN Editorial Manual's
 * preambular phrases, which the texts print in italics that conversion loses). A line that begins
 * with one, after a paragraph that has ended, starts a new preambular paragraph even with no blank
 * line before it; mid-sentence these words are never capitalised.
 */
const OPENERS = [
  'Acknowledging', 'Acting', 'Affirming', 'Alarmed', 'Appreciating', 'Approving', 'Aware', 'Bearing', 'Believing',
  'Cognizant', 'Commending', 'Concerned', 'Condemning', 'Confident', 'Conscious', 'Considering', 'Contemplating',
  'Convinced', 'Declaring', 'Deploring', 'Desiring', 'Desirous', 'Determined', 'Emphasizing', 'Emphasising',
  'Encouraged', 'Encouraging', 'Endorsing', 'Expressing', 'Fulfilling', 'Guided', 'Having', 'Highlighting',
  'Keeping', 'Mindful', 'Noting', 'Observing', 'Pointing', 'Reaffirming', 'Realizing', 'Recalling', 'Recognizing',
  'Recognising', 'Referring', 'Regretting', 'Reiterating', 'Reminding', 'Seeking', 'Seized', 'Sharing', 'Stressing',
  'Taking', 'Underlining', 'Underscoring', 'Welcoming', 'Wishing', 'Looking', 'Gravely', 'Deeply', 'Fully',
  'Profoundly', 'Seriously', 'Strongly', 'Further', 'Noting', 'Emphasizing', 'Reaffirming', 'Stressing',
];

const OPENER_SET = new Set(OPENERS);

/** True when the line opens with a preambular phrase ("Recalling", "Deeply concerned", "Bearing in mind"). */
export function opensPreambular(text: string): boolean {
  const first = /^\p{Lu}\p{Ll}+/u.exec(text)?.[0];
  return first !== undefined && OPENER_SET.has(first);
}
