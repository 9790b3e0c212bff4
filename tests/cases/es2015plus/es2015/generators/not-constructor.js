// Generator functions are not constructors.
function* g() {}
try { new g(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const o = { *m() {} };
try { new o.m(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
class K { *m() {} }
const km = new K().m;
try { new km(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
