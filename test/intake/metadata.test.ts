import { describe, expect, it } from 'vitest';
import { nameCase, parseByline, readMetadata } from '../../src/intake/metadata';
import { findDate, findMonthDay } from '../../src/intake/parse-date';
import { splitLines } from '../../src/intake/lines';

describe('findDate', () => {
  it.each([
    ['SEPT. 19, 2015', '2015-09-19'],
    ['22:51, September 21, 2015', '2015-09-21'],
    ['Tuesday, 22 September 2015', '2015-09-22'],
    ['Monday 21 Sept 2015', '2015-09-21'],
    ['published 2015-09-21T10:00', '2015-09-21'],
    ['Feb. 30, 2015', undefined],
    ['no date here, may 2015', undefined],
  ])('%s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('completes a month and day with a year', () => {
    expect(findMonthDay('Sept. 20', 2015)?.iso).toBe('2015-09-20');
  });
});

describe('parseByline', () => {
  it.each([
    ['By DAVID E. SANGER SEPT. 19, 2015', { byline: 'David E. Sanger', outlet: undefined, published: '2015-09-19' }],
    ["By Liu Xin (People's Daily Online) 22:51, September 21, 2015", { byline: 'Liu Xin', outlet: "People's Daily Online", published: '2015-09-21' }],
    ['By Jane McDonald', { byline: 'Jane McDonald', outlet: undefined, published: undefined }],
  ])('%s', (text, expected) => {
    expect(parseByline(text)).toEqual(expected);
  });

  it('is not a byline without "By"', () => {
    expect(parseByline('Bylines are nice')).toBeUndefined();
  });

  it('title-cases all-capitals names only', () => {
    expect(nameCase("JOHN O'NEIL")).toBe("John O'Neil");
    expect(nameCase('Liu Xin')).toBe('Liu Xin');
  });
});

describe('readMetadata', () => {
  it('reads a wire dateline with its agency and completes the year from the copyright line', () => {
    const lines = splitLines('Headline here now\n\nBEIJING, Oct. 3 (Xinhua) -- China said on Monday that it would talk.\n\n© 2016');
    const meta = readMetadata(lines);
    expect(meta).toMatchObject({ title: 'Headline here now', dateline: 'BEIJING', outlet: 'Xinhua', published: '2016-10-03' });
    expect(lines[1].text.slice(meta.datelineCut!.length)).toBe('China said on Monday that it would talk.');
  });

  it.each([
    ['新华社北京3月5日电（记者王磊、李娜）国家有关部门5日发布通知，要求各地加强网络安全工作，防范风险。', '王磊、李娜'],
    ['本报讯（记者 张三 通讯员 李四）市政府昨日召开会议，部署数据安全检查工作，要求年底前完成。', '张三'],
    ['〔記者林美君／台北報導〕行政院會昨日通過資安法修正草案，要求業者在一小時內通報重大資安事件。', '林美君'],
    ['国家有关部门5日发布通知（记者会上宣布），要求各地加强网络安全工作，防范风险，确保安全。', undefined],
  ])('reads the reporters of a Chinese credit opening the text: %s', (text, byline) => {
    expect(readMetadata(splitLines(`标题在这里\n\n${text}`)).byline).toBe(byline);
  });

  it('leaves fields undefined when the text does not say', () => {
    const meta = readMetadata(splitLines('The talks went on for a long time and nobody knew why it was so.'));
    expect(meta.outlet).toBeUndefined();
    expect(meta.published).toBeUndefined();
    expect(meta.dateline).toBeUndefined();
    expect(meta.byline).toBeUndefined();
  });
});
