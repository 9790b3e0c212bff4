// Filtering, mapping and reducing arrays of records.
var inventory = [
  { name: "apple", price: 1.2, qty: 10 },
  { name: "pear", price: 0.8, qty: 0 },
  { name: "melon", price: 3.5, qty: 2 },
  { name: "grape", price: 2.25, qty: 7 }
];
var inStock = inventory.filter(function (i) { return i.qty > 0; });
console.log(inStock.map(function (i) { return i.name; }).join(","));
var total = inventory.reduce(function (sum, i) { return sum + i.price * i.qty; }, 0);
console.log(total, total.toFixed(2));
var priciest = inventory.reduce(function (best, i) { return i.price > best.price ? i : best; });
console.log(priciest.name);
var byName = {};
inventory.forEach(function (i) { byName[i.name] = i; });
console.log(byName.melon.qty, Object.keys(byName).length);
console.log(inventory.some(function (i) { return i.qty === 0; }), inventory.every(function (i) { return i.price > 0; }));
