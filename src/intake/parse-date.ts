/**
 * Finds calendar dates written in prose, bylines and page headers, and returns
 * them as ISO `YYYY-MM-DD`. Understands, with their ordinals, weekdays and
 * times around them:
 *
 * - month names in English, French, German, Spanish, Italian, Portuguese,
 *   Dutch, Russian, Czech, Polish, Romanian and Greek: "SEPT. 19, 2015", "Tuesday, 22 September 2015",
 *   "30th December 2014", "15 mars 2023", "19. Juli 2022", "5 de marzo de
 *   2024", "5 марта 2024", "5. března 2024", "5 martie 2024", "5 Μαρτίου 2024", "2014 Dec 29", with an apostrophe's year "14
 *   January '15"; Slovak, Serbian, Bulgarian, Danish, Norwegian, Swedish, Estonian and Catalan ("12. novembra 2024",
 *   "3. децембар 2024", "27. august 2024", "11 de juny de 2024"), Croatian on a Croatian page ("14. listopada 2024.");
 * - the year first with a month name: Hungarian "2024. október 8.", Latvian "2024. gada 3. jūlijs", Lithuanian
 *   "2024 m. gegužės 22 d.";
 * - Taiwan's Republic of China years: "民國113年10月22日", and "113-10-22" on a Taiwanese page;
 * - Chinese, Japanese and Korean dates: "2019年2月27日", "2024년 3월 5일";
 * - Thai dates, in the Buddhist era Thai pages write (543 years on): "12 ธันวาคม 2566", "5 มี.ค. 2567";
 * - numbers: "2015-09-21", "2019/02/22", "2019.02.22", "2024.03.05." and "2024. 8. 13." (Korean), "19.07.2022" (day
 *   first), "5. 3. 2024" (Czech, day first), and "03/09/2021" (month first in American English pages, day
 *   first elsewhere, whichever the numbers allow);
 * - with a year given from elsewhere, "Sept. 20".
 *
 * Returns undefined when there is no date or the date does not exist (Feb. 30).
 * Every pattern is anchored on digits or a month word and bounded, so a scan
 * is linear in the text.
 */
import { monthNumber } from '../text/lexicon';

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';

const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');
const YEAR_MONTH_DAY = new RegExp(`\\b(\\d{4})\\s+${MONTH}\\s+(\\d{1,2})${ORDINAL}\\b`, 'i');
/** A year written with an apostrophe ("14 January '15", "Jan. 14, '15"): a two-digit year the page marks as one. */
const DAY_MONTH_APOSTROPHE_YEAR = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+${MONTH},?\\s+['’](\\d{2})\\b`, 'i');
const MONTH_DAY_APOSTROPHE_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+['’](\\d{2})\\b`, 'i');
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\b(?!,?\\s+\\d{4})`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** Month names of other languages (lower case, genitive forms included) → month number. */
const FOREIGN_MONTHS: Record<string, number> = {};
const addMonths = (names: string) => names.split(' ').forEach((group, i) => group.split('|').forEach((n) => (FOREIGN_MONTHS[n] = i + 1)));
// French
addMonths('janvier|janv février|févr|fevrier mars avril|avr mai juin juillet|juil août|aout septembre|sept octobre|oct novembre|nov décembre|déc|decembre');
// German
addMonths('januar|jänner|jan februar|feb märz|maerz|mär april|apr mai juni|jun juli|jul august|aug september|sep oktober|okt november|nov dezember|dez');
// Spanish, Italian, Portuguese
addMonths(
  'enero|gennaio|janeiro febrero|febbraio|fevereiro marzo|março|marco abril|aprile mayo|maggio|maio junio|giugno|junho julio|luglio|julho agosto septiembre|setiembre|settembre|setembro octubre|ottobre|outubro noviembre|novembre|novembro diciembre|dicembre|dezembro',
);
// Dutch
addMonths('januari februari maart april mei juni juli augustus september oktober november december');
// Russian (nominative and genitive), Ukrainian genitive
addMonths(
  'январь|января|січня февраль|февраля|лютого март|марта|березня апрель|апреля|квітня май|мая|травня июнь|июня|червня июль|июля|липня август|августа|серпня сентябрь|сентября|вересня октябрь|октября|жовтня ноябрь|ноября|листопада декабрь|декабря|грудня',
);

// Czech (genitive and nominative), Polish (genitive)
addMonths(
  'ledna|leden|stycznia února|únor|lutego března|březen|marca dubna|duben|kwietnia května|květen|maja června|červen|czerwca července|červenec|lipca srpna|srpen|sierpnia září|września října|říjen|października listopadu|listopad|listopada prosince|prosinec|grudnia',
);
// Romanian
addMonths('ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie');
// Slovak (genitive), Croatian and Slovene's neighbours use their own table below (listopad is October in Croatian)
addMonths('januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra');
// Serbian and Bosnian (Cyrillic and Latin), Bulgarian
addMonths(
  'јануар|januar|януари фебруар|februar|февруари март|mart|март април|april|април мај|maj|май јун|jun|юни јул|jul|юли август|avgust|август септембар|septembar|септември октобар|oktobar|октомври новембар|novembar|ноември децембар|decembar|декември',
);
// Danish, Norwegian, Swedish, Estonian, Catalan
addMonths(
  'januar|januari|jaanuar|gener februar|februari|veebruar|febrer marts|mars|märts|març april|aprill|abril maj|mai|maig juni|juny juli|juliol august|augusti|agost september|setembre oktober|oktoober|octubre november desember|december|detsember|desembre',
);
// Greek (genitive, as dates write them, with and without the accent)
addMonths(
  'ιανουαρίου|ιανουαριου φεβρουαρίου|φεβρουαριου μαρτίου|μαρτιου απριλίου|απριλιου μαΐου|μαιου ιουνίου|ιουνιου ιουλίου|ιουλιου αυγούστου|αυγουστου σεπτεμβρίου|σεπτεμβριου οκτωβρίου|οκτωβριου νοεμβρίου|νοεμβριου δεκεμβρίου|δεκεμβριου',
);

/** Croatian months (genitive and nominative): read only on a Croatian (or Bosnian) page, where listopad is October, not November. */
const CROATIAN_MONTHS: Record<string, number> = {};
'siječnja|siječanj veljače|veljača ožujka|ožujak travnja|travanj svibnja|svibanj lipnja|lipanj srpnja|srpanj kolovoza|kolovoz rujna|rujan listopada|listopad studenoga|studenog|studeni prosinca|prosinac'
  .split(' ')
  .forEach((group, i) => group.split('|').forEach((n) => (CROATIAN_MONTHS[n] = i + 1)));
/** Month names of the languages that write the year first (Hungarian, Latvian, Lithuanian), nominative and the cases dates take. */
const YEAR_FIRST_MONTHS: Record<string, number> = {};
[
  'január|jan janvāris|janvārī|janvāra sausio',
  'február|febr februāris|februārī|februāra vasario',
  'március|márc marts|martā|marta kovo',
  'április|ápr aprīlis|aprīlī|aprīļa balandžio',
  'május|máj maijs|maijā|maija gegužės',
  'június|jún jūnijs|jūnijā|jūnija birželio',
  'július|júl jūlijs|jūlijā|jūlija liepos',
  'augusztus|aug augusts|augustā|augusta rugpjūčio',
  'szeptember|szept septembris|septembrī|septembra rugsėjo',
  'október|okt oktobris|oktobrī|oktobra spalio',
  'november|nov novembris|novembrī|novembra lapkričio',
  'december|dec decembris|decembrī|decembra gruodžio',
].forEach((group, i) => group.split(/[ |]/).forEach((n) => (YEAR_FIRST_MONTHS[n] = i + 1)));
/** "2024. október 8." (Hungarian), "2024. gada 3. jūlijs" (Latvian), "2024 m. gegužės 22 d." (Lithuanian). */
const YEAR_FIRST_WORD_MONTH =
  /(?<![\d.])(\d{4})(?:\.\s+gada\s+(\d{1,2})\.\s+(\p{L}{3,12})|\.\s+(\p{L}{3,12})\.?\s+(\d{1,2})\.|\s*m\.\s+(\p{L}{3,12})\s+(\d{1,2})\s*d\.)/gu;
/** Taiwan's Republic of China years (民國 113 = 2024): "民國113年10月22日" anywhere, "113-10-22" on a Taiwanese page. */
const ROC_DATE = /民國\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const ROC_NUMERIC = /(?<![\d./-])(\d{2,3})([-/.])(\d{1,2})\2(\d{1,2})(?![\d./-])/;
const WORD_MONTH_DAY_FIRST = /(?<![\p{L}\d])(\d{1,2})(?:er|\.|º)?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/gu;
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;
// A trailing dot is the Korean way ("2024.03.05."); a dot or slash before more digits is a version or a path.
const YMD = /(?<!\d)(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?!\d|[/.]\d)/;
const DMY = /(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/;
/** Thai month names, full and abbreviated ("ธ.ค."), in month order. */
const THAI_MONTHS = [
  'มกราคม|ม\\.ค\\.',
  'กุมภาพันธ์|ก\\.พ\\.',
  'มีนาคม|มี\\.ค\\.',
  'เมษายน|เม\\.ย\\.',
  'พฤษภาคม|พ\\.ค\\.',
  'มิถุนายน|มิ\\.ย\\.',
  'กรกฎาคม|ก\\.ค\\.',
  'สิงหาคม|ส\\.ค\\.',
  'กันยายน|ก\\.ย\\.',
  'ตุลาคม|ต\\.ค\\.',
  'พฤศจิกายน|พ\\.ย\\.',
  'ธันวาคม|ธ\\.ค\\.',
];
const THAI_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${THAI_MONTHS.join('|')})\\s*(?:พ\\.ศ\\.\\s*)?(\\d{4})(?!\\d)`, 'u');
const THAI_MONTH_NAMES = THAI_MONTHS.map((m) => new RegExp(`^(?:${m})$`, 'u'));
const thaiMonth = (name: string) => THAI_MONTH_NAMES.findIndex((re) => re.test(name)) + 1;

/** The Korean portals' spaced form, always with its closing dot: "2024. 8. 13. 10:31". */
const YMD_SPACED = /(?<!\d)(\d{4})\. (\d{1,2})\. (\d{1,2})\.(?!\d)/;
/** The Czech and Slovak spaced form, day first: "5. 3. 2024 10:30". */
const DMY_SPACED = /(?<![\d.])(\d{1,2})\. (\d{1,2})\. (\d{4})(?!\d)/;

export interface FoundDate {
  iso: string;
  /** Where the date starts in the text, and its length. */
  index: number;
  length: number;
}

export interface DateOptions {
  /** The page's language ("en-US", "de"): decides whether 03/09/2021 is March or September. */
  lang?: string;
  /** Also read two-digit years ("12.20.18", "20/12/18"): only for a short line that is a date (a page header's), never prose. */
  shortYear?: boolean;
}

const SHORT_YEAR = /(?<![\d.\/])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d.\/])/;

function iso(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const month = (name: string) => monthNumber(name) ?? 0;

/** Numbers a/b/yyyy: month first in American English, day first elsewhere, unless one reading is impossible. */
function slashDate(a: number, b: number, year: number, lang: string | undefined): string | undefined {
  const monthFirst = !lang || /^en(?:-us)?$/i.test(lang);
  const first = monthFirst ? iso(year, a, b) : iso(year, b, a);
  return first ?? (monthFirst ? iso(year, b, a) : iso(year, a, b));
}

/** The first full date (with a year) of each written form in `text`, in order of position; of overlapping readings the earliest and longest. */
export function findDates(text: string, options: DateOptions = {}): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (m: RegExpMatchArray | null, value: string | undefined) => {
    if (m && value) found.push({ iso: value, index: m.index!, length: m[0].length });
  };
  let m = text.match(MONTH_DAY_YEAR);
  add(m, m ? iso(+m[3], month(m[1]), +m[2]) : undefined);
  m = text.match(DAY_MONTH_YEAR);
  add(m, m ? iso(+m[3], month(m[2]), +m[1]) : undefined);
  m = text.match(YEAR_MONTH_DAY);
  add(m, m ? iso(+m[1], month(m[2]), +m[3]) : undefined);
  m = text.match(DAY_MONTH_APOSTROPHE_YEAR);
  add(m, m ? iso(2000 + +m[3], month(m[2]), +m[1]) : undefined);
  m = text.match(MONTH_DAY_APOSTROPHE_YEAR);
  add(m, m ? iso(2000 + +m[3], month(m[1]), +m[2]) : undefined);
  m = text.match(ISO);
  add(m, m ? iso(+m[1], +m[2], +m[3]) : undefined);
  m = text.match(CJK_DATE);
  add(m, m ? iso(+m[1], +m[2], +m[3]) : undefined);
  m = text.match(YMD);
  add(m, m ? iso(+m[1], +m[3], +m[4]) : undefined);
  m = text.match(THAI_DATE);
  // A year past 2400 is the Buddhist era's.
  add(m, m ? iso(+m[3] > 2400 ? +m[3] - 543 : +m[3], thaiMonth(m[2]), +m[1]) : undefined);
  m = text.match(YMD_SPACED);
  add(m, m ? iso(+m[1], +m[2], +m[3]) : undefined);
  m = text.match(DMY_SPACED);
  add(m, m ? iso(+m[3], +m[2], +m[1]) : undefined);
  m = text.match(DMY);
  add(m, m ? (m[2] === '.' ? iso(+m[4], +m[3], +m[1]) : slashDate(+m[1], +m[3], +m[4], options.lang)) : undefined);
  if (options.shortYear && !found.length) {
    m = text.match(SHORT_YEAR);
    add(m, m ? slashDate(+m[1], +m[3], 2000 + +m[4], options.lang) : undefined);
  }
  m = text.match(ROC_DATE);
  add(m, m ? iso(1911 + +m[1], +m[2], +m[3]) : undefined);
  if (/^zh-(?:tw|hant)/i.test(options.lang ?? '') && !found.length) {
    m = text.match(ROC_NUMERIC);
    add(m, m && +m[1] >= 80 ? iso(1911 + +m[1], +m[3], +m[4]) : undefined);
  }
  for (const w of text.matchAll(YEAR_FIRST_WORD_MONTH)) {
    const [name, day] = w[3] ? [w[3], w[2]] : w[4] ? [w[4], w[5]] : [w[6], w[7]];
    const n = YEAR_FIRST_MONTHS[name.toLowerCase()];
    if (!n) continue;
    add(w, iso(+w[1], n, +day));
    break;
  }
  const croatian = /^(?:hr|bs)\b/i.test(options.lang ?? '');
  for (const w of text.matchAll(WORD_MONTH_DAY_FIRST)) {
    const n = (croatian && CROATIAN_MONTHS[w[2].toLowerCase()]) || FOREIGN_MONTHS[w[2].toLowerCase()];
    if (!n) continue;
    add(w, iso(+w[3], n, +w[1]));
    break;
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  return found.filter((d, i) => i === 0 || d.index >= found[i - 1].index + found[i - 1].length);
}

/** The first full date (with a year) in `text`. */
export function findDate(text: string, options: DateOptions = {}): FoundDate | undefined {
  return findDates(text, options)[0];
}

/** A month and day without a year ("Sept. 20"), completed with `year`. */
export function findMonthDay(text: string, year: number): FoundDate | undefined {
  const m = text.match(MONTH_DAY);
  if (!m) return undefined;
  const value = iso(year, month(m[1]), +m[2]);
  return value ? { iso: value, index: m.index!, length: m[0].length } : undefined;
}
