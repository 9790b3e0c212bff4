// Turning CSV text into typed objects with destructuring, Object.fromEntries, tagged templates and Intl-free formatting.
const csv = `id,name,price,tags
1,Widget,9.99,tools;home
2,Gadget,24.5,
3,"Doohickey, deluxe",100,home;gift`;
const parseLine = line => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].filter(m => m[0] !== '' || m.index < line.length).map(m => m[2] ?? m[1]);
const [header, ...lines] = csv.split('\n');
const cols = header.split(',');
const types = { id: Number, price: Number, tags: s => (s ? s.split(';') : []) };
const rows = lines.map(l => Object.fromEntries(parseLine(l).map((v, i) => [cols[i], (types[cols[i]] ?? String)(v)])));
console.log(JSON.stringify(rows));
const money = (strings, ...vals) => strings.reduce((out, s, i) => out + s + (i < vals.length ? vals[i].toFixed(2) : ''), '');
for (const { name, price, tags: [first = 'none', ...more] = [] } of rows) console.log(money`${price}` + ` ${name} [${first}${more.length ? ` +${more.length}` : ''}]`);
const total = rows.reduce((s, { price }) => s + price, 0);
console.log(money`total ${total}`);
