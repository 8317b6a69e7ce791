/**
 * Sub-item labels: letters `(a)`/`a.` at the first level, roman numerals `(i)` below them.
 * `(i)` is both the ninth letter and the first roman numeral, so the label alone cannot say which;
 * the sequence can: a roman list opens only under an item whose text ends with a colon.
 */

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

export interface LabelState {
  /** Last letter used at the first level, or null before the first item. */
  letter: string | null;
  /** Last roman numeral used under the current letter, or null. */
  roman: string | null;
}

export type LabelDecision =
  | { ok: true; depth: 0 | 1; key: string; state: LabelState }
  | { ok: false; expected: string[] };

function nextLetter(letter: string | null): string {
  return letter ? String.fromCharCode(letter.charCodeAt(0) + 1) : 'a';
}

function nextRoman(roman: string | null): string | undefined {
  return roman ? ROMANS[ROMANS.indexOf(roman) + 1] : 'i';
}

/**
 * Decides where a label belongs. `previousOpensList` is true when the previous item's text ends
 * with a colon, i.e. announces a list of its own.
 */
export function placeLabel(token: string, state: LabelState, previousOpensList: boolean): LabelDecision {
  const expectedRoman = state.roman !== null ? nextRoman(state.roman) : previousOpensList && state.letter ? 'i' : undefined;
  if (expectedRoman && token === expectedRoman) {
    return { ok: true, depth: 1, key: `${state.letter}-${token}`, state: { letter: state.letter, roman: token } };
  }
  const expectedLetter = nextLetter(state.letter);
  if (token === expectedLetter) {
    return { ok: true, depth: 0, key: token, state: { letter: token, roman: null } };
  }
  return { ok: false, expected: [expectedRoman, expectedLetter].filter((x): x is string => Boolean(x)) };
}
