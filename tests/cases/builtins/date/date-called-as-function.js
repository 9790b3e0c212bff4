// Date() without new returns a string and ignores its arguments; Date objects need new.
console.log(typeof Date(), typeof Date(0), Date(0) === Date(1e12) || Date(0).length > 20);
console.log(typeof new Date(), Object.prototype.toString.call(new Date()));
console.log(Date.length, Date.name, Date.prototype.constructor === Date);
console.log(Object.prototype.toString.call(Date.prototype), typeof Date.prototype);
try { Date.prototype.getTime(); } catch (e) { console.log(e.name + ": " + e.message); }
try { Date.prototype.getTime.call({}); } catch (e) { console.log(e.name + ": " + e.message); }
try { Date.prototype.toISOString.call(5); } catch (e) { console.log(e.name + ": " + e.message); }
try { Date.prototype.setDate.call([], 1); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(/^\w{3} \w{3} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4} \(.+\)$/.test(Date()));
