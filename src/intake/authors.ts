/**
 * Author strings as pages write them → a list of names: "By Jane Doe and John
 * Roe", "DOE, JANE", "Jane Doe, John Roe | Reuters", "Von Anna Schmidt und
 * Lukas Becker", "Par Jean Dupont", "Text by Mayer Rus | Photography by …",
 * "Ari Wasserman, Northeast Ohio Media Group", "［山田太郎，ITmedia］",
 * "本报记者 张晓明", "김철수 기자". Roles, desks, outlets, dates and
 * addresses are never names.
 */
import { nameCase } from './metadata';
import { isDateWord } from '../text/lexicon';
import { findDate } from './parse-date';

const NOT_A_NAME =
  /^(?:follow|email|e-mail|share|tweet|twitter|facebook|linkedin|instagram|more|view|read|see|contact|bio|profile|staff|admin|administrator|editor|editors|reporter|correspondent|contributor|guest|news ?desk|national desk|web desk|desk|associated press|reuters|afp|ap|upi|dpa|updated|published|posted|and|with|anonymous|unknown|team|redaktion|rédaction|redacción|newsroom|staff writer|staff reporter|wire|wires|wire services|agencies|agency)$/i;
/** Words that make a byline part an organisation or a role, not a person. */
const ORGANISATION =
  /\b(?:media|group|news|newspaper|times|post|daily|magazine|press|wire|agency|network|herald|journal|tribune|gazette|channel|radio|tv|online|digital|inc|llc|ltd|gmbh|corp|company|staff|desk|team|bureau|department|university|institute|foundation|association|council|ministry|office|service|services|blog|studio|communications)\b|\.(?:com|org|net|co|de|fr|jp|cn|uk)\b/i;
const ROLE_MODIFIER =
  'senior|chief|deputy|associate|assistant|managing|executive|contributing|special|digital|political|online|news|staff|guest|local|foreign|national|health|science|tech(?:nology)?|business|sports?|data|investigative|white house|washington';
const ROLE_NOUN =
  'writer|reporter|editor|correspondent|contributor|columnist|commentator|producer|photographer|analyst|intern|critic|journalist|blogger|author|editorial|fellow|director|writer and editor';
const ROLE = new RegExp(`^(?:(?:${ROLE_MODIFIER})\\s+)*(?:${ROLE_NOUN})s?$`, 'i');
/**
 * A role of a beat or rank run on after a name with no comma ("Sophie Tennant Science Correspondent", "Jane Doe Senior
 * Writer"): cut where two words of the name are left. A bare role word after a name is not cut ("Cyrus Engineer",
 * and "Metro Reporter" stays a role, not a person).
 */
const ROLE_AFTER_NAME = new RegExp(`(?<=^\\S+\\s+\\S+(?:\\s+\\S+)?)(?:\\s+(?:${ROLE_MODIFIER}))+\\s+(?:${ROLE_NOUN})s?$`, 'i');
/**
 * An affiliation after a name, as British papers and blog networks print it ("Martin Greaves For Mailonline", "Jane
 * Doe for The Daily Post", "By Jane Doe for Zero Day"): the outlet or blog the person wrote for, not part of the name.
 */
const AFFILIATION_AFTER_NAME = /(?<=\S\s+\S+)\s+[Ff]or\s+(?:[Tt]he\s+)?\p{Lu}.*$/u;
/**
 * A newsroom or desk in any language, alone or with the outlet's name ("Redazione ANSA", "Redacción
 * Madrid", "Redaktion Inland", "Редакция РБК"): the desk, never a person.
 */
const DESK =
  /(?<!\p{L})(?:redazione|redaktion|rédaction|redacción|redação|redacção|redactie|redakcja|redakce|redaksi|редакция|редакція|newsroom|নিজস্ব প্রতিবেদক|ডেস্ক রিপোর্ট|ویب ڈیسک|نیوز ڈیسک)(?!\p{L})/iu;
/** A role after a site's initials or a desk ("CH Contributor", "Metro Reporter"): a role, not a person. */
const ROLE_TAIL = /\s(?:contributors?|correspondents?|reporters?|columnists?|interns?|researchers?|analysts?|consultants?|strategists?|scientists?)$/i;
/** An author-page link's own words ("See All Articles", "View all posts", "More stories"): a link label, not a name. */
const LINK_LABEL = /\b(?:articles|posts|stories)\b|^(?:see|view)\s+(?:all|more|full|profile)\b/i;
/** A weekday ending a byline ("Jane Doe, Thursday"): whole weekday words only, so "Friedman" or "Montague" stay names. */
const WEEKDAY_AT_END =
  /[\s,|·-]*\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?,?\s*$/i;
const LABEL =
  /^\s*(?:(?:text|words|story|report(?:ed|ing)?|written|posted|published|curated|compiled|interview|analysis|commentary|opinion)\s+)?(?:by|von|par|por|door|av|af|di)\b\s*:?\s*|^\s*(?:authors?|autor(?:in|en|s|ius|ė)?|auteur|autore|szerző|автор|аутор|byline|curator|written by|posted by|reported by|writer|reporter|رپورٹ|تحریر)\s*:\s*/iu;
/**
 * Chinese and Japanese reporter and author labels ("著者：", "筆者："), an outlet's reporter ("浦江新闻记者 陈思远",
 * the outlet's name run into 记者, then a space or a colon before the name), Korean 기자 ("reporter") and its kin.
 */
const CJK_LABEL =
  /^(?:本报|本報|新华社|新華社|特约|特約|见习)?(?:记者|記者|通讯员|通訊員|编辑|編輯|作者|著者|筆者|文)\s*[:：]?\s*|^\p{sc=Han}{2,10}?(?:记者|記者|通讯员|通訊員)(?:\s+|\s*[:：]\s*)(?=\p{sc=Han})|\s*(?:记者|記者|기자|특파원|통신원|編集委員|論説委員|撮影)$/u;
/**
 * A credential after a name ("Jane Doe, CISSP", "John Roe, PhD", "Ann Lee, MD, MPH"): in a byline written in mixed
 * case, a part that is one capitalised abbreviation or post-nominal is the person's letters, not a second person.
 */
const CREDENTIAL = /^(?:\p{Lu}{2,6}|Ph\.?\s?D|D\.?\s?Phil|M\.?\s?Phil|M\.?\s?Sc|B\.?\s?Sc|LL\.?[BM]|Jr|Sr|Esq)\.?$/u;
/** A name's letters and digits, lower-cased: how two spellings of one name ("BBC News", "bbc-news") are compared. */
export const compactName = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * A news agency's name after a reporter's with no comma, as local papers print wire copy ("By DANA HOLLOWAY
 * Associated Press", "Jane Doe Reuters", "JOHN ROE AP"): the agency, not part of the name.
 */
const AGENCY_AFTER_NAME = /(?<=\S\s+\S+)\s+(?:(?:the\s+)?associated\s+press|agence\s+france[-\s]presse|reuters|bloomberg\s+news)$/i;
const AGENCY_INITIALS_AFTER_NAME = /(?<=\S\s+\S+)\s+(?:AP|AFP|UPI|dpa|ANSA|EFE)$/;

const EMAIL_OR_HANDLE = /\S+@\S+|(?:^|\s)@\S+|https?:\/\/\S+/g;

/** A Chinese, Japanese or Korean name; a Japanese one is often printed with a space between family and given name ("佐藤 健一"). */
const CJK_NAME =
  /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー・]{2,8}$|^\p{sc=Hangul}{2,5}$|^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{1,4} [\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{1,4}$/u;
/**
 * A Chinese, Japanese or Korean name ending in a word for a paper, site, agency
 * or broadcaster ("新华网", "朝日新聞", "共同通信", "한결신문", "연합뉴스"): an
 * outlet, never a person.
 */
const CJK_ORGANISATION =
  /(?:新闻|新聞|日报|日報|晚报|晚報|时报|時報|电视台|電視台|电台|電台|周刊|週刊|杂志|雜誌|媒体|媒體|集团|集團|通讯社|通訊社|新聞社|通信社?|放送|テレビ|ニュース|編集部|신문|일보|뉴스|방송|통신|미디어|타임스|타임즈|편집국)$|^\p{sc=Han}{2,}(?:网|網|报|報|社|台)$/u;

/**
 * Whether `name` can be a person's name. `strict` for names read from visible
 * text (a single word is then a section or a handle, not a byline).
 */
export function isPersonName(name: string, strict = false): boolean {
  const n = name.trim();
  if (n.length < 2 || n.length > 60 || !/\p{L}/u.test(n) || /\d/.test(n)) return false;
  if (CJK_NAME.test(n)) return !CJK_ORGANISATION.test(n);
  if (/[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(n)) return false;
  if (
    NOT_A_NAME.test(n) ||
    ORGANISATION.test(n) ||
    DESK.test(n) ||
    ROLE.test(n) ||
    ROLE_TAIL.test(n) ||
    LINK_LABEL.test(n) ||
    /^the\s/i.test(n) ||
    /[|:;!?()[\]{}<>=+*#]/.test(n)
  )
    return false;
  const words = n.split(/\s+/);
  if (words.length > 5) return false;
  // "Wednesday January": date words only (a name may hold one: "April Bernard", "Laura June Topolsky").
  if (words.every((w) => isDateWord(w.replace(/,$/, '')))) return false;
  if (/\b(?:am|pm|ago|updated|minutes?|hours?|days?)\b/i.test(n)) return false;
  if (strict && words.length < 2) return false;
  // A name's words start with a capital (or are particles: "de", "van", "bin"); a script without capitals
  // (Arabic, Hebrew, Devanagari, Thai…) has none to start with.
  return words.every(
    (w) =>
      /^[\p{Lu}\p{Lt}]/u.test(w) ||
      /^(?:de|da|di|du|del|della|der|den|van|von|bin|binti|al|el|la|le|dos|das|y|e|ter|ten|zu|mac|ibn)$/i.test(w) ||
      /\p{Lu}/u.test(w) ||
      (/\p{L}/u.test(w) && !/[\p{Lu}\p{Ll}\p{Lt}]/u.test(w)),
  );
}

/** One raw byline → its names. `strict` for visible text (see `isPersonName`). */
export function splitAuthors(raw: string | undefined, options: { strict?: boolean } = {}): string[] {
  if (!raw) return [];
  let cleaned = raw
    .replace(/\s+/g, ' ')
    .replace(/^[［\[【(（]\s*|\s*[］\]】)）]$/gu, '')
    .replace(EMAIL_OR_HANDLE, ' ')
    .replace(/\(\s*\)/g, ' ')
    .trim();
  if (!cleaned || /^https?:/i.test(cleaned) || cleaned.length > 300) return [];
  // "Text by A | Photography by B": the first credit is the writer's.
  cleaned = cleaned.split(/\s[|•·—–]\s|\s-\s|\s*\|\s*/)[0];
  // "By Jane Doe March 11, 2015 3:46 PM": the date and what follows it are no name.
  const date = findDate(cleaned);
  if (date && date.index > 0) cleaned = cleaned.slice(0, date.index).replace(/[\s,|·-]+(?:on|at|le|el|il|em|op|am)?[\s,|·-]*$/i, '');
  cleaned = cleaned.replace(/\s*\b\d{1,2}[:.]\d{2}\b.*$/, '').replace(WEEKDAY_AT_END, '');
  cleaned = cleaned
    .replace(/^\s*By(?=\p{Lu}\p{Ll})/u, '')
    .replace(LABEL, '')
    .replace(/\s+(?:on|am|le|el|il|em|op)\s+.*$/i, (m) =>
      /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i.test(m) ? '' : m,
    )
    .replace(/\b(?:updated|published|posted|veröffentlicht|publié|mis à jour)\b.*$/i, '')
    .trim();
  const parts = cleaned
    // "y", "e" and "i" join two names in Spanish, Portuguese, Italian, Catalan and Polish: only between capitalised
    // words (never an initial).
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\ben\b|\bog\b|\boch\b|\bи\b|、|，|／|\/)\s*|(?<=\p{Ll})\s+[yei]\s+(?=\p{Lu})/iu)
    .map((n) =>
      n
        .replace(LABEL, '')
        .replace(CJK_LABEL, '')
        .replace(CJK_LABEL, '')
        .replace(/^by\s+/i, '')
        .replace(/[.,:;]+$/, '')
        .replace(/^[\s"'“”‘’]+|[\s"'“”‘’]+$/g, '')
        .replace(AGENCY_AFTER_NAME, '')
        .replace(AGENCY_INITIALS_AFTER_NAME, '')
        .replace(AFFILIATION_AFTER_NAME, '')
        .replace(ROLE_AFTER_NAME, '')
        .trim(),
    )
    .filter((n) => n.length > 0);
  const mixedCase = /\p{Ll}/u.test(cleaned);
  return uniqueNames(parts.filter((n) => !(mixedCase && CREDENTIAL.test(n)) && isPersonName(n, options.strict)).map(nameCase));
}

/** The display byline: "Jane Doe", "Jane Doe and John Roe", "A, B and C". */
export function joinAuthors(authors: string[]): string | undefined {
  if (!authors.length) return undefined;
  if (authors.length === 1) return authors[0];
  return authors.slice(0, -1).join(', ') + ' and ' + authors[authors.length - 1];
}

export function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
