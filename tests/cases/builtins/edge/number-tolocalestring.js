// Number.prototype.toLocaleString (en-US) for grouping, rounding to three fraction digits, negatives and specials.
console.log((1234567.891).toLocaleString(), (0.0001).toLocaleString(), (-1234.5).toLocaleString(), (1e21).toLocaleString());
console.log(NaN.toLocaleString(), Infinity.toLocaleString(), (-0).toLocaleString(), (999.9999).toLocaleString(), (1.0005).toLocaleString());
console.log((1234.5).toLocaleString('en-US', { minimumFractionDigits: 2 }), (0.256).toLocaleString('en-US', { style: 'percent' }), (5).toLocaleString('en-US', { minimumIntegerDigits: 3 }));
console.log((1234.5).toLocaleString('en-US', { style: 'currency', currency: 'USD' }), (1234.5).toLocaleString('en-US', { maximumFractionDigits: 0 }), (1234.5).toLocaleString('en-US', { useGrouping: false }));
console.log((123).toLocaleString(undefined), [1234, 5678.9].toLocaleString(), new Date(Date.UTC(2020, 0, 2, 3, 4, 5)).toLocaleString('en-US', { timeZone: 'UTC' }));
console.log((-5.5).toLocaleString('en-US', { style: 'currency', currency: 'EUR' }), (1234).toLocaleString('en-US', { style: 'currency', currency: 'JPY' }), (3).toLocaleString('en-US', { style: 'currency', currency: 'chf' }), (0.5).toLocaleString('en-US', { style: 'currency', currency: 'USD', currencyDisplay: 'code' }));
try { (1).toLocaleString('en-US', { style: 'currency' }); } catch (e) { console.log(e.name, e.message); }
try { (1).toLocaleString('en-US', { style: 'currency', currency: 'US' }); } catch (e) { console.log(e.name, e.message); }
