// Named capture groups: exec groups object, replace with $<name> and replacer functions, destructuring groups, duplicates error.
const re = /(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/u;
const m = re.exec('on 2024-03-15 we');
const { year, month, day } = m.groups;
console.log(year, month, day, m.index, Object.getPrototypeOf(m.groups), Object.keys(m.groups).join());
console.log('2024-03-15'.replace(re, '$<day>/$<month>/$<year>'), '2024-03-15'.replace(re, (...args) => JSON.stringify(args.at(-1))));
console.log('a-b'.replace(/(?<x>a)|(?<y>b)/g, (m, x, y, off, str, groups) => `[${groups.x ?? '_'}${groups.y ?? '_'}]`));
try { new RegExp('(?<n>a)(?<n>b)'); } catch (e) { console.log(e.constructor.name); }
console.log(/(?<first>\w)\k<first>/.test('aa'), /(?<first>\w)\k<first>/.test('ab'), 'xAy'.match(/(?<up>[A-Z])/).groups.up);
