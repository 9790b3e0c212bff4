try { Promise.all.call(1, []); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Promise.all.call({}, []); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
Promise.all(5).catch(e => console.log('async', e.constructor.name + ': ' + e.message));
Promise.all().catch(e => console.log('async', e.constructor.name + ': ' + e.message));
