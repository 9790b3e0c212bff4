// Reading an undeclared variable throws ReferenceError "<name> is not defined".
try { missingVariable; } catch (e) { console.log(e.name, e instanceof ReferenceError, e.message); }
try { missingFunction(); } catch (e) { console.log(e.message); }
try { var x = 1 + alsoMissing; } catch (e) { console.log(e.message); }
console.log(typeof missingVariable);
function inner() { return deepMissing; }
try { inner(); } catch (e) { console.log(e.message); }
try { missingObj.prop; } catch (e) { console.log(e.name); }
var defined = 1;
try { defined = notDefinedRhs; } catch (e) { console.log(e.message, defined); }
try { eval("evalMissing"); } catch (e) { console.log(e.message); }
