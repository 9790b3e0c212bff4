// A report over records: destructuring, Map grouping, reduce, sorting with localeCompare, template formatting.
const items = [
  { sku: 'A1', name: 'Widget', cat: 'tools', qty: 5, price: 2.5 },
  { sku: 'B2', name: 'Gadget', cat: 'toys', qty: 0, price: 10 },
  { sku: 'C3', name: 'Doohickey', cat: 'tools', qty: 12, price: 0.75 },
  { sku: 'D4', name: 'Thingamajig', cat: 'misc', qty: 3, price: 99.99 },
  { sku: 'E5', name: 'Whatsit', cat: 'toys', qty: 7, price: 4 },
];
const byCat = items.reduce((m, { cat, ...rest }) => m.set(cat, [...(m.get(cat) ?? []), rest]), new Map());
for (const [cat, list] of [...byCat].sort(([a], [b]) => a.localeCompare(b))) {
  const total = list.reduce((s, { qty, price }) => s + qty * price, 0);
  console.log(`${cat.padEnd(6)}|${String(list.length).padStart(2)} items|${total.toFixed(2).padStart(9)}`);
}
const outOfStock = items.filter(({ qty }) => !qty).map(({ name }) => name);
console.log(`out of stock: ${outOfStock.join(', ') || 'none'}`);
const { name: priciest } = items.reduce((a, b) => (b.price > a.price ? b : a));
console.log(`priciest: ${priciest}`, Math.max(...items.map(i => i.qty)));
