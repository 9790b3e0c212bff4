// toISOString always prints UTC with milliseconds, and extended years with a sign.
console.log(new Date(0).toISOString(), new Date(1).toISOString(), new Date(-1).toISOString());
console.log(new Date(Date.UTC(2020, 11, 31, 23, 59, 59, 999)).toISOString());
console.log(new Date(-62198755200000).toISOString(), new Date(-62198755200001).toISOString());
console.log(new Date(253402300800000).toISOString(), new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString());
console.log(Date.parse(new Date(-8.64e15).toISOString()) === -8.64e15);
try { new Date(8.64e15 + 1).toISOString(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Date.prototype.toISOString.length, Date.prototype.toJSON.length);
