// A ledger with integer cents: parseFloat/toFixed pitfalls avoided with Math.round, Date-stamped entries, JSON export.
var ledger = [];
function post(date, desc, amount) { ledger.push({ date: new Date(date + 'T00:00:00Z'), desc: desc, cents: Math.round(parseFloat(amount) * 100) }); }
post('2024-01-03', 'Opening', '100.10');
post('2024-01-05', 'Coffee', '-3.35');
post('2024-01-05', 'Refund', '0.1');
post('2024-02-01', 'Rent', '-45.2');
post('2024-02-14', 'Gift', '19.99');
var balance = 0;
ledger.forEach(function (e) {
  balance += e.cents;
  console.log(e.date.toISOString().slice(0, 10), (e.desc + '          ').slice(0, 10), (e.cents / 100).toFixed(2).padStart(8), (balance / 100).toFixed(2).padStart(8));
});
var byMonth = ledger.reduce(function (m, e) { var k = e.date.toISOString().slice(0, 7); m[k] = (m[k] || 0) + e.cents; return m; }, {});
console.log(JSON.stringify(byMonth), 0.1 + 0.2 === 0.3, (10 + 20) / 100 === 0.3);
console.log(JSON.stringify(ledger.slice(0, 2)));
