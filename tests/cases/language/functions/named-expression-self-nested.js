function go(cb){cb()} go(function(){ var i=0; (function next(){ if(i===2) return console.log("ok", i); i++; go(function(){ setTimeout(next,1); }); })(); });
