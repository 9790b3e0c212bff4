try { process.kill(2147483), 0; } catch (e) { console.log(e.message, e.code, e.errno, e.syscall); }
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.kill('abc'); } catch (e) { console.log(e.name, e.code); }
console.log(process.kill(process.pid, 0));
