function Fake(executor) {
  executor(v => console.log('custom resolve', v), e => console.log('custom reject', e instanceof Error ? e.constructor.name + ': ' + e.message : e));
}
Promise.resolve.call(Fake, 'x');
Promise.reject.call(Fake, 'y');
Promise.all.call(Fake, [Promise.resolve(1)]);
try { Promise.resolve.call(function (ex) { ex(1, 2); }); } catch (e) { console.log(e.message); }
try { Promise.resolve.call(function (ex) { ex(() => {}, () => {}); ex(() => {}, () => {}); }); } catch (e) { console.log(e.message); }
