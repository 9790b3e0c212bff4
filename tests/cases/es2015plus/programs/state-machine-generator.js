// A traffic-light state machine driven by a generator receiving commands through next(value).
function* light() {
  let state = 'red', ticks = 0;
  while (true) {
    const cmd = yield { state, ticks };
    if (cmd === 'reset') { state = 'red'; ticks = 0; continue; }
    ticks++;
    state = { red: 'green', green: 'yellow', yellow: 'red' }[state];
    if (cmd === 'stop') return `stopped at ${state}`;
  }
}
const m = light();
const out = [m.next().value.state];
for (const cmd of ['go', 'go', 'reset', 'go']) out.push(m.next(cmd).value.state);
console.log(out.join(' -> '));
console.log(JSON.stringify(m.next('stop')), JSON.stringify(m.next('go')));
const m2 = light();
m2.next();
try { m2.throw(new Error('fault')); } catch (e) { console.log('thrown out:', e.message); }
console.log(JSON.stringify(m2.next()));
