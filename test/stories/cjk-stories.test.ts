/**
 * Chinese and Japanese articles are clustered into stories like any others:
 * their content words come from the segmenter and their passages are
 * shingled by character, so two reports of one event meet, and reports of
 * different events stay apart. Names are not extracted from them (no
 * capitals to find them by), and nothing junk is made of their text.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndexFromFolder } from '../../src/node/folder';

const md = (title: string, date: string, url: string, body: string) => `---\ntitle: ${title}\ndate: ${date}\npermalink: ${url}\n---\n\n${body}\n`;

const ARTICLES: Record<string, string> = {
  'zh-cyber-1.md': md(
    '网信办部署加强关键信息基础设施安全保护',
    '2024-03-05',
    'https://www.people.com.cn/n1/2024/0305/c1001-1.html',
    '国家互联网信息办公室5日发布通知，要求各地网信部门加强关键信息基础设施安全保护工作，切实防范网络攻击风险。\n\n通知指出，近年来针对能源、交通、金融等重要行业的网络攻击事件时有发生，各单位要落实安全保护责任，定期开展风险评估和应急演练。\n\n通知强调，要加强对重要数据的保护，严格落实数据分类分级管理制度，防止数据泄露和滥用。',
  ),
  'zh-cyber-2.md': md(
    '国家网信办发文强化关键信息基础设施网络安全',
    '2024-03-06',
    'https://www.xinhuanet.com/politics/2024-03/06/c_2.htm',
    '记者6日获悉，国家互联网信息办公室日前发布通知，要求加强关键信息基础设施安全保护工作，防范网络攻击风险。\n\n通知要求，能源、交通、金融等重要行业的运营单位要落实安全保护责任，定期开展风险评估和应急演练，提升应对网络攻击的能力。\n\n专家表示，严格落实数据分类分级管理制度，对于防止数据泄露具有重要意义。',
  ),
  'zh-flood-1.md': md(
    '南方多地遭遇强降雨 防汛应急响应启动',
    '2024-06-18',
    'https://www.people.com.cn/n1/2024/0618/c1002-3.html',
    '受持续强降雨影响，南方多个省份出现洪涝灾害，当地政府已启动防汛应急响应。\n\n气象部门预计，未来三天强降雨仍将持续，部分河流水位可能超过警戒线。\n\n应急管理部门已向受灾地区调拨帐篷、棉被等救灾物资，并组织群众转移避险。',
  ),
  'zh-flood-2.md': md(
    '应急管理部向南方受灾地区调拨救灾物资',
    '2024-06-19',
    'https://www.xinhuanet.com/politics/2024-06/19/c_4.htm',
    '记者从应急管理部获悉，针对南方多地持续强降雨引发的洪涝灾害，应急管理部已向受灾地区调拨帐篷、棉被等救灾物资。\n\n目前，当地已组织群众转移避险，防汛应急响应仍在持续。\n\n气象部门提醒，部分河流水位可能超过警戒线，需防范次生灾害。',
  ),
  'ja-guideline-1.md': md(
    '総務省、自治体に不正アクセス対策の新指針',
    '2024-03-05',
    'https://www.technews.example.jp/news/2403/05/news101.html',
    '総務省は5日、全国の自治体に対し、業務システムへの不正アクセスを防ぐための新たな指針を示した。指針では、職員のパスワード管理の徹底や、外部からの接続に多要素認証を導入することを求めている。\n\n昨年、複数の自治体で住民情報が流出する事案が相次いだことを受けたもので、同省は年内に全自治体の対策状況を調査する方針だ。',
  ),
  'ja-guideline-2.md': md(
    '自治体の不正アクセス対策、総務省が指針 多要素認証を要請',
    '2024-03-06',
    'https://www.nikkei.example.jp/article/2403060001.html',
    '総務省は全国の自治体に対し、業務システムへの不正アクセスを防ぐ新たな指針を示した。外部からの接続に多要素認証を導入することや、職員のパスワード管理の徹底を求めている。\n\n住民情報が流出する事案が相次いだことを受け、同省は年内に全自治体の対策状況を調査する。',
  ),
};

describe('stories of Chinese and Japanese articles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cjk-stories-'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  const { index, problems } = buildIndexFromFolder(dir);
  const storyOf = (file: string) => index.stories.find((s) => s.sources.includes(index.sources.find((x) => x.file === file)!.id))?.id;

  it('reads every article into sentences', () => {
    expect(problems).toEqual([]);
    expect(index.sources).toHaveLength(6);
    for (const s of index.sources) expect(s.sentences.length).toBeGreaterThanOrEqual(3);
    expect(index.sentences.find((s) => s.text.startsWith('総務省は5日'))?.text).toBe(
      '総務省は5日、全国の自治体に対し、業務システムへの不正アクセスを防ぐための新たな指針を示した。',
    );
  });

  it('clusters two reports of one event together, and different events apart', () => {
    expect(storyOf('zh-cyber-1.md')).toBe(storyOf('zh-cyber-2.md'));
    expect(storyOf('zh-flood-1.md')).toBe(storyOf('zh-flood-2.md'));
    expect(storyOf('ja-guideline-1.md')).toBe(storyOf('ja-guideline-2.md'));
    expect(new Set([storyOf('zh-cyber-1.md'), storyOf('zh-flood-1.md'), storyOf('ja-guideline-1.md')]).size).toBe(3);
  });

  it('extracts no names from text without capitals, and no junk entity', () => {
    for (const e of index.entities) expect(e.name, JSON.stringify(e)).not.toMatch(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{8,}/u);
  });

  it('gives each article its outlet from the address', () => {
    expect(index.sources.find((s) => s.file === 'zh-cyber-1.md')?.outlet).toBe("People's Daily");
    expect(index.sources.find((s) => s.file === 'zh-cyber-2.md')?.outlet).toBe('Xinhua');
  });
});
