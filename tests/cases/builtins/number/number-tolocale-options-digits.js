// toLocaleString digit options: minimum/maximum fraction digits and integer digits.
console.log((1.5).toLocaleString("en-US", { minimumFractionDigits: 3 }), (1.23456).toLocaleString("en-US", { maximumFractionDigits: 1 }));
console.log((5).toLocaleString("en-US", { minimumIntegerDigits: 3 }), (1234.5).toLocaleString("en-US", { maximumFractionDigits: 0 }));
console.log((0.125).toLocaleString("en-US", { maximumFractionDigits: 2 }), (2.5).toLocaleString("en-US", { maximumFractionDigits: 0 }));
try { (1).toLocaleString("en-US", { maximumFractionDigits: 101 }); } catch (e) { console.log(e.name + ": " + e.message); }
try { (1).toLocaleString("en-US", { minimumFractionDigits: 3, maximumFractionDigits: 1 }); } catch (e) { console.log(e.name + ": " + e.message); }
