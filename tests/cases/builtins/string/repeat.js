// repeat concatenates copies; negative or infinite counts are RangeErrors.
console.log("ab".repeat(3), "ab".repeat(0) === "", "".repeat(100) === "", "x".repeat(2.9));
console.log("x".repeat("3"), "x".repeat(NaN) === "", "x".repeat(null) === "", "x".repeat());
try { "x".repeat(-1); } catch (e) { console.log(e.name, e.message); }
try { "x".repeat(Infinity); } catch (e) { console.log(e.name, e.message); }
try { "".repeat(Infinity); } catch (e) { console.log(e.name, e.message); }
console.log(String.prototype.repeat.call(7, 2), String.prototype.repeat.length);
