import { LONG_NAMED } from '../phrase';
import {
  alternation,
  BARE,
  ELEMENT,
  NOT_SHOWN,
  NUMBER,
  NUMBERING,
  numberOf,
  QUOTED,
  SHOWN,
  TEXT_NOUN,
  VERIFY,
  VERIFY_ALONE,
} from './pieces';

/**
 * The assertion language as a grammar: a line is a **subject** ("“Saved”", "the Edit button", "the RHS",
 * "the message"), a **predicate** (is shown / is not shown / says “Y” / is disabled / N results / you are in
 * channel X) and an optional **place** ("in the RHS", "in the “Invite People” modal"). Each form below is
 * one sentence shape built from shared pieces; the nouns come from the vocabulary (vocabulary.ts) when the
 * grammar is built, so an area adds nouns without adding a form.
 */

export interface Vocabulary {
  places: string[];
  namedPlaces: string[];
  things: string[];
  states: string[];
}

export type Subject =
  | { type: 'label'; text: string; quoted: boolean; element?: string; noun?: string }
  | { type: 'thing'; name: string }
  | { type: 'place'; name: string; placeName?: string }
  | { type: 'referent'; noun: string }
  /** An unquoted phrase: a registered thing or place, "X modal", "X button", or a visible text (see find.ts). */
  | { type: 'noun'; text: string };

export interface PlaceRef {
  name: string;
  placeName?: string;
}

export type Predicate =
  | { type: 'shown' }
  | { type: 'hidden'; gone: boolean }
  | { type: 'text'; text: string }
  | { type: 'state'; adjective: string }
  /** "X has a mention badge", "X doesn't have the Edit button": the inner thing inside X. */
  | { type: 'has'; inner: Subject }
  | { type: 'count'; n: number }
  | { type: 'channel'; channel: string | undefined; referent: boolean }
  | { type: 'page'; target: string }
  | { type: 'url'; fragment: string };

export interface Assertion {
  form: string;
  subject?: Subject;
  place?: PlaceRef;
  predicate: Predicate;
  negated: boolean;
  /** Who looks: "User B sees …" (undefined: the current session). */
  actor?: string;
}

export interface Form {
  name: string;
  /** The sentence, anchored, with named groups (case-insensitive). */
  regex: RegExp;
  read(groups: Groups): Assertion;
}

type Groups = Record<string, string | undefined>;

// A trailing remark and punctuation, but not a colon: "X is shown:" announces a list or text the line does not hold.
const TAIL = String.raw`(?:\s*\((?:[^()]|\([^()]*\))*\))*\s*[.!?;,]*\s*`;
const ARTICLE = String.raw`(?:(?:the|a|an|your|its|their)\s+)?`;
const REFERENT = String.raw`(?:the|that|this|your|my|said)\s+(?:same\s+|new\s+|original\s+|first\s+|last\s+|latest\s+|sent\s+|posted\s+|edited\s+|root\s+|previous\s+|above\s+)?(?<refNoun>message|post|reply|comment|channel|thread|user|file|team)(?:\s+\(?(?:posted|sent|created|made|opened|added|from)\s+(?:in\s+)?(?:step\s+\d+|above)\)?)?`;
const ACTOR = String.raw`(?<actor>user\s*-?\s*(?:[a-d]|\d)|(?:the\s+)?(?:system|team|channel)\s+admin|user\s+(?:one|two|three)|(?:the\s+)?other\s+user|another\s+user|(?:the\s+)?(?:first|second|third)\s+user|(?:the\s+)?(?:sys)?admin|(?:the\s+)?recipient|(?:the\s+)?receiver)`;
const YOU = String.raw`(?:(?:do\s+)?you|(?:the\s+)?user|(?:the\s+)?tester|they|I|we)`;

/** Who looks: a named user ("User B", "the other user"), or the tester ("you", "the user"). */
const WHO = `(?:${ACTOR}|${YOU})`;

function sentence(body: string): RegExp {
  return new RegExp(`^\\s*${NUMBERING}${body}${TAIL}$`, 'i');
}

/**
 * Subject alternatives. A loose subject may be any short unquoted phrase (resolved when the step runs: a
 * registered thing or place, "X modal", "X button", or else a visible text or control name). A strict subject
 * (negations, "Verify X", "You see X") must be quoted, a referent, a registered noun or a label with a kind
 * word: the absence of an arbitrary phrase would prove nothing.
 */
function subject(v: Vocabulary, strict: boolean): string {
  const alternatives = [
    `(?:${REFERENT})`,
    String.raw`${ARTICLE}(?<placeName>${QUOTED})\s+(?<namedPlace>${alternation(v.namedPlaces)})`,
    String.raw`(?:(?<textNoun>${TEXT_NOUN})\s+|${ARTICLE})(?<quoted>${QUOTED})(?:\s+(?<element>${ELEMENT}))?`,
  ];
  if (strict)
    alternatives.push(
      `${ARTICLE}(?<noun>${alternation([...v.places, ...v.things])})`,
      String.raw`${ARTICLE}(?<bareName>${BARE})\s+(?<bareNamedPlace>${alternation(v.namedPlaces)})`,
      String.raw`${ARTICLE}(?<kindLabel>${BARE})\s+(?<kindElement>${ELEMENT})`,
    );
  // A leading number is a count ("2 results are shown"), read by the count form when the noun is registered.
  else
    alternatives.push(
      // A name of two words or more closed by an element word may hold words a subject cannot ("Not now button").
      String.raw`${ARTICLE}(?<kindLabel>${LONG_NAMED})\s+(?<kindElement>button|link|tab|option|checkbox|toggle|text|label)`,
      `${ARTICLE}(?!${NUMBER}\\s)(?<bare>${BARE})`,
    );
  return `(?:${alternatives.join('|')})`;
}

/** ", in the RHS", "on the “Invite People” modal", "in header" (named groups in*). */
function placeSuffix(v: Vocabulary, required = false): string {
  const named = alternation(v.namedPlaces);
  const body = String.raw`,?\s+(?:in|on|at|inside|within|from|of)\s+(?:the\s+|a\s+|an\s+|your\s+|this\s+|that\s+)?(?:(?<inPlaceName>${QUOTED}|${BARE})\s+(?<inNamedPlace>${named})|(?<inPlace>${alternation(v.places)}))(?:\s+(?:as\s+well|too|again))?`;
  return required ? `(?:${body})` : `(?:${body})?`;
}

const ON_PAGE = String.raw`(?:\s+(?:on|in)\s+(?:the\s+)?(?:page|screen))?`;

function readSubject(g: Groups): Subject | undefined {
  if (g.refNoun) return { type: 'referent', noun: g.refNoun.toLowerCase() };
  if (g.namedPlace) return { type: 'place', name: g.namedPlace, placeName: g.placeName };
  if (g.quoted) return { type: 'label', text: g.quoted, quoted: true, element: g.element, noun: g.textNoun };
  if (g.noun) return { type: 'noun', text: g.noun };
  if (g.bareNamedPlace) return { type: 'place', name: g.bareNamedPlace, placeName: g.bareName };
  if (g.kindLabel) return { type: 'label', text: g.kindLabel, quoted: false, element: g.kindElement };
  if (g.bare) return { type: 'noun', text: g.bare };
  return undefined;
}

function readPlace(g: Groups): PlaceRef | undefined {
  if (g.inNamedPlace) return { name: g.inNamedPlace, placeName: g.inPlaceName };
  if (g.inPlace) return { name: g.inPlace };
  return undefined;
}

/** Words that point at a channel or page instead of naming it ("the selected channel", "your previous state"). */
const NOT_A_NAME = String.raw`(?!(?:selected|current|same|new|previous|original|other|first|last|next|correct|right|wrong|proper|expected|relevant|main|home|default|respective|desired|intended|specific|particular|linked|mentioned|target|appropriate|corresponding|DM|GM)\b)(?!.*\b(?:modal|dialog|menu|window|popup|pop-up|panel|state)\b)`;

const NEGATION = String.raw`(?:not|cannot|can't|don't|do\s+not|does\s+not|doesn't|should\s+not|shouldn't|will\s+not|won't|no\s+longer|can\s+no\s+longer|never)`;

/** The forms, most specific first: a line takes the first form that reads it whole. */
export function buildForms(v: Vocabulary): Form[] {
  const S = subject(v, false);
  const STRICT = subject(v, true);
  const P = placeSuffix(v);
  const P2 = P.replace(/\?<in/g, '?<in2');
  const STATES = alternation(v.states);
  const LABEL = `(?:${QUOTED}|${NOT_A_NAME}${BARE})`;
  const THINGS = alternation(v.things);
  const REQUIRED_PLACE = placeSuffix(v, true);
  return [
    {
      name: 'url',
      regex: sentence(
        String.raw`${VERIFY}(?:the\s+)?(?:url|address(?:\s+bar)?|browser\s+url|page\s+url|link)\s+(?:now\s+|should\s+)?(?:contains?|includes?|ends\s+with|shows|changes\s+to|is|becomes|has|reads)\s+(?<url>${QUOTED}|\S+)`,
      ),
      read: (g) => ({ form: 'url', predicate: { type: 'url', fragment: g.url ?? '' }, negated: false }),
    },
    {
      name: 'in channel',
      regex: sentence(
        String.raw`${VERIFY}(?:${YOU}\s+(?:are|is|'re|should\s+be|will\s+be|remains?|stays?)|(?:you|user|the\s+user)\s+(?:lands?|ends?\s+up))\s+(?:now\s+|still\s+|then\s+|back\s+|automatically\s+)*(?:in|on|viewing|inside|(?:taken|redirected|brought|navigated|switched|returned|moved)\s+(?:back\s+)?(?:to|in|into))\s+(?:the\s+)?(?:(?<channelRef>(?:that|the\s+same|this|the\s+new|the\s+original|the\s+previous)\s+channel)|(?:channel|dm|direct\s+message|gm|group\s+message)\s+(?:with\s+)?(?<channel>${LABEL})|(?<channel2>${LABEL})\s+channel)`,
      ),
      read: (g) => ({
        form: 'in channel',
        predicate: { type: 'channel', channel: g.channel ?? g.channel2, referent: Boolean(g.channelRef) },
        negated: false,
      }),
    },
    {
      name: 'channel opens',
      regex: sentence(
        String.raw`${VERIFY}(?:the\s+)?(?:(?<channelRef>(?:that|the\s+same|the\s+new|the\s+original|the\s+previous)\s+)channel|(?<channel>${LABEL})\s+channel|channel\s+(?<channel2>${QUOTED}))\s+(?:opens|is\s+opened|is\s+(?:now\s+)?open|loads|is\s+loaded|is\s+(?:now\s+)?(?:viewed|active|the\s+current\s+channel|the\s+active\s+channel))(?:\s+in\s+(?:the\s+)?(?:center|centre|center\s+channel|main\s+view))?`,
      ),
      read: (g) => ({
        form: 'channel opens',
        predicate: { type: 'channel', channel: g.channel ?? g.channel2, referent: Boolean(g.channelRef) },
        negated: false,
      }),
    },
    {
      name: 'page',
      regex: sentence(
        String.raw`${VERIFY}(?:(?:(?:${YOU}|it|the\s+page|the\s+app|the\s+browser)\s+(?:is\s+|are\s+|gets\s+|get\s+|should\s+be\s+|will\s+be\s+)?(?:now\s+|then\s+|automatically\s+)?)?(?:redirected|taken|brought|navigated|sent|returned)\s+(?:back\s+)?to\s+(?:the\s+)?(?![^.,;]*\bchannel\b)(?<target>${LABEL})(?:\s+(?:page|screen|view))?|(?:the\s+)?(?<target2>${LABEL})\s+(?:page|screen)\s+(?:loads|opens|is\s+(?:displayed|shown|loaded|opened))|(?:${YOU}\s+(?:are|is|land|lands)|user\s+lands)\s+on\s+(?:the\s+)?(?<target3>${LABEL})\s+(?:page|screen))`,
      ),
      read: (g) => ({
        form: 'page',
        predicate: { type: 'page', target: g.target ?? g.target2 ?? g.target3 ?? '' },
        negated: false,
      }),
    },
    {
      name: 'count',
      regex: sentence(
        String.raw`${VERIFY}(?:there\s+(?:are|is)\s+)?(?:(?:only|exactly)\s+)?(?<n>${NUMBER})\s+(?<countThing>${THINGS})(?:\s+(?:are|is|should\s+be))?(?:\s+(?:shown|displayed|listed|returned|found|visible|present))?${P}`,
      ),
      read: (g) => ({
        form: 'count',
        subject: { type: 'thing', name: g.countThing ?? '' },
        place: readPlace(g),
        predicate: { type: 'count', n: numberOf(g.n ?? '') },
        negated: false,
      }),
    },
    {
      name: 'thing number',
      regex: sentence(
        String.raw`${VERIFY}${ARTICLE}(?<thing>${THINGS})${P}\s+(?:shows|displays|reads|is|equals|has|says|changes\s+to|updates\s+to|increases\s+to|decreases\s+to|goes\s+to)\s+(?<n>\d+)`,
      ),
      read: (g) => ({
        form: 'thing number',
        subject: { type: 'thing', name: g.thing ?? '' },
        place: readPlace(g),
        predicate: { type: 'text', text: g.n ?? '' },
        negated: false,
      }),
    },
    {
      name: 'text',
      regex: sentence(
        String.raw`${VERIFY}(?!(?:the\s+)?(?:url|address|browser\s+url|page\s+url)\b)${S}${P}\s+(?:(?<neg>(?:does|do|should|will)\s*(?:not|n't)|no\s+longer)\s+)?(?:(?:should|will|must)\s+(?:now\s+)?)?(?:says?|reads?|shows?(?:\s+as)?|displays?(?:\s+as)?|contains?|includes?|(?:is|are)\s+(?:now\s+)?(?:set\s+to|updated\s+to|changed\s+to|shown\s+as|displayed\s+as|labell?ed|called|named|titled)|changes?\s+to|changed\s+to|updates?\s+to|(?:has|have)\s+(?:the\s+)?(?:text|label|title|value))\s*:?\s+(?<text>${QUOTED})`,
      ),
      read: (g) => ({
        form: 'text',
        subject: readSubject(g),
        place: readPlace(g),
        predicate: { type: 'text', text: g.text ?? '' },
        negated: Boolean(g.neg),
      }),
    },
    {
      name: 'state',
      regex: sentence(
        String.raw`${VERIFY}${S}${P}\s+(?:(?:is|are)(?:\s+(?:now|still|also|then|again))?|(?:should|will|must)(?:\s+(?<neg>not))?(?:\s+(?:now|still))?\s+be|becomes?|(?:appears?|shows?|displays?|is\s+(?:shown|displayed|marked)|are\s+(?:shown|displayed|marked))\s+as)\s+(?:(?<neg2>not|no\s+longer)\s+)?(?<state>${STATES})${P2}`,
      ),
      read: (g) => ({
        form: 'state',
        subject: readSubject(g),
        place: eitherPlace(g),
        predicate: { type: 'state', adjective: g.state ?? '' },
        negated: Boolean(g.neg || g.neg2),
      }),
    },
    {
      name: 'someone sees',
      regex: sentence(
        String.raw`${VERIFY}${WHO}\s+(?:should\s+|can\s+|will\s+|must\s+|now\s+|still\s+|also\s+)*(?:sees?|see|views?|notices?)\s+${S}${P}${ON_PAGE}`,
      ),
      read: (g) => ({
        form: 'someone sees',
        subject: readSubject(g),
        place: readPlace(g),
        predicate: { type: 'shown' },
        negated: false,
        actor: g.actor,
      }),
    },
    {
      name: 'someone does not see',
      regex: sentence(
        String.raw`${VERIFY}${WHO}\s+(?:should\s+|can\s+|will\s+|must\s+|now\s+|still\s+|also\s+)*${NEGATION}\s+(?:still\s+|now\s+|also\s+)?(?:sees?|see|views?|notices?)\s+(?:any\s+)?${STRICT}${P}${ON_PAGE}`,
      ),
      read: (g) => ({
        form: 'someone does not see',
        subject: readSubject(g),
        place: readPlace(g),
        predicate: { type: 'hidden', gone: false },
        negated: true,
        actor: g.actor,
      }),
    },
    {
      name: 'has',
      regex: sentence(
        String.raw`${VERIFY}(?!(?:the\s+)?(?:url|page)\b)${S}${P}\s+(?:(?<neg>(?:does|do|should|will)\s*(?:not|n't)\s+(?:have|show|display|contain|include)|(?:has|have)\s+no|no\s+longer\s+(?:has|have|shows|displays))|(?:(?:should|will|must)\s+(?:still\s+)?)?(?:has|have|still\s+has|now\s+has|shows|displays|contains|includes))\s+(?:an?\s+|the\s+|any\s+)?(?:(?<innerThing>${THINGS})|(?<innerQuoted>${QUOTED})\s+(?<innerElement>${ELEMENT})|(?<innerLabel>${BARE})\s+(?<innerKind>icon|button|link|badge|dot|indicator|label|tag))${P2}`,
      ),
      read: (g) => ({
        form: 'has',
        subject: readSubject(g),
        place: eitherPlace(g),
        predicate: {
          type: 'has',
          inner: g.innerThing
            ? { type: 'thing', name: g.innerThing }
            : g.innerQuoted
              ? { type: 'label', text: g.innerQuoted, quoted: true, element: g.innerElement }
              : { type: 'label', text: g.innerLabel ?? '', quoted: false, element: g.innerKind },
        },
        negated: Boolean(g.neg),
      }),
    },
    {
      name: 'shown',
      regex: sentence(
        String.raw`${VERIFY}(?![^,;]*\b(?:page|screen)\s+(?:loads|opens|is\s+(?:displayed|shown|loaded|opened))\b)${S}${P}${SHOWN}${P2}${ON_PAGE}`,
      ),
      read: (g) => ({
        form: 'shown',
        subject: readSubject(g),
        place: eitherPlace(g),
        predicate: { type: 'shown' },
        negated: false,
      }),
    },
    {
      name: 'not shown',
      regex: sentence(
        `${VERIFY}(?:${STRICT}${P}${NOT_SHOWN}${P2}${ON_PAGE}|${branch(String.raw`${ARTICLE}(?<bare>${BARE})${REQUIRED_PLACE}${NOT_SHOWN}`, 'b')}|${branch(String.raw`${ARTICLE}(?<bare>${BARE})${NOT_SHOWN}${REQUIRED_PLACE}`, 'c')})`,
      ),
      read: (g) => hidden('not shown', g),
    },
    {
      name: 'no such thing',
      regex: sentence(
        String.raw`${VERIFY}(?:there\s+(?:is|are)\s+)?no\s+(?:${STRICT}${P}(?:\s+(?:is|are))?(?:\s+(?:shown|displayed|visible|present|appears?|listed))?${ON_PAGE}|${branch(String.raw`(?<bare>${BARE})(?:\s+(?:is|are))?(?:\s+(?:shown|displayed|visible|present|appears?|listed))?${REQUIRED_PLACE}`, 'b')})`,
      ),
      read: (g) => ({ ...hidden('no such thing', g), predicate: { type: 'hidden', gone: false } }),
    },
    {
      name: 'verify a thing',
      regex: sentence(String.raw`${VERIFY_ALONE}${STRICT}${P}`),
      read: (g) => ({
        form: 'verify a thing',
        subject: readSubject(g),
        place: readPlace(g),
        predicate: { type: 'shown' },
        negated: false,
      }),
    },
  ];
}

/** The place a line names before or after its predicate (the second one's groups are called in2*). */
function eitherPlace(g: Groups): PlaceRef | undefined {
  return (
    readPlace(g) ??
    readPlace({ inPlace: g.in2Place, inNamedPlace: g.in2NamedPlace, inPlaceName: g.in2PlaceName })
  );
}

function hidden(form: string, g: Groups): Assertion {
  return {
    form,
    subject: readSubject(g),
    place: eitherPlace(g),
    predicate: { type: 'hidden', gone: Boolean(g.gone) },
    negated: true,
  };
}

/** A branch of a form whose named groups get a suffix, so that branches may reuse pieces (see `merged`). */
function branch(source: string, suffix: string): string {
  return `(?:${source.replace(/\(\?<([A-Za-z]+)>/g, `(?<$1_${suffix}>`)})`;
}

/** The groups of a match with branch suffixes taken off (the branch that matched fills them). */
export function merged(groups: Groups): Groups {
  const out: Groups = { ...groups };
  for (const [key, value] of Object.entries(groups)) {
    const base = key.replace(/_[a-z]$/, '');
    if (base !== key && value !== undefined) out[base] = value;
  }
  return out;
}

/** The first form that reads `text` whole, and what it says. */
export function parseAssertion(forms: Form[], text: string): Assertion | undefined {
  for (const form of forms) {
    const match = form.regex.exec(text);
    if (match) return form.read(merged(match.groups ?? {}));
  }
  return undefined;
}
