// readline.emitKeypressEvents(stream): https://nodejs.org/docs/latest-v20.x/api/readline.html#readlineemitkeypresseventsstream-interface
// Decodes what a terminal sends into 'keypress' events (str, { sequence, name, ctrl, meta,
// shift }): characters, control keys and the common CSI / SS3 escape sequences.
'use strict';

var state = require('internal/streams/state');
var kEmitting = Symbol('keypress-decoder');

var csiNames = {
  A: 'up', B: 'down', C: 'right', D: 'left', E: 'clear', F: 'end', H: 'home', P: 'f1', Q: 'f2', R: 'f3', S: 'f4',
  '1~': 'home', '2~': 'insert', '3~': 'delete', '4~': 'end', '5~': 'pageup', '6~': 'pagedown',
  '7~': 'home', '8~': 'end', '15~': 'f5', '17~': 'f6', '18~': 'f7', '19~': 'f8', '20~': 'f9',
  '21~': 'f10', '23~': 'f11', '24~': 'f12', Z: 'tab',
};

// Splits a chunk into key sequences and describes each.
function parseKeys(s) {
  var out = [];
  var i = 0;
  while (i < s.length) {
    var ch = s[i];
    if (ch === '\x1b' && i + 1 < s.length && (s[i + 1] === '[' || s[i + 1] === 'O')) {
      var m = /^\x1b[\[O]([\d;]*)([~A-Za-z])/.exec(s.slice(i));
      if (m) {
        var params = m[1].split(';');
        var code = (m[2] === '~' ? params[0] + '~' : m[2]);
        var modifier = (parseInt(params[1], 10) || 1) - 1;
        out.push({
          sequence: m[0], name: csiNames[code] || 'undefined', code: '[' + code,
          ctrl: !!(modifier & 4), meta: !!(modifier & 10), shift: !!(modifier & 1) || m[2] === 'Z',
        });
        i += m[0].length;
        continue;
      }
    }
    var key = { sequence: ch, name: undefined, ctrl: false, meta: false, shift: false };
    if (ch === '\x1b' && i + 1 < s.length) {
      key.meta = true;
      ch = s[++i];
      key.sequence = '\x1b' + ch;
    }
    if (ch === '\r') key.name = 'return';
    else if (ch === '\n') key.name = 'enter';
    else if (ch === '\t') key.name = 'tab';
    else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
    else if (ch === '\x1b') { key.name = 'escape'; }
    else if (ch === ' ') key.name = 'space';
    else if (ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[a-z0-9]$/.test(ch)) {
      key.name = ch;
    } else if (/^[A-Z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = true;
    }
    out.push(key);
    i++;
  }
  return out;
}

function emitKeypressEvents(stream, iface) {
  if (stream[kEmitting]) return;
  var decoder = state.makeDecoder('utf8');
  stream[kEmitting] = true;
  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      var string = typeof input === 'string' ? input : decoder.write(input);
      var parsed = parseKeys(string);
      for (var i = 0; i < parsed.length; i++) {
        var key = parsed[i];
        var printable = key.sequence.length === 1 && !key.ctrl && !key.meta && key.name !== 'escape' &&
          key.name !== 'return' && key.name !== 'enter' && key.name !== 'backspace';
        stream.emit('keypress', printable || key.name === 'return' || key.name === 'enter' || key.name === 'tab' ? key.sequence : undefined, key);
      }
    } else {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      stream[kEmitting] = false;
    }
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
      stream[kEmitting] = true;
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else {
    stream[kEmitting] = false;
    stream.on('newListener', onNewListener);
  }
}

module.exports = { emitKeypressEvents: emitKeypressEvents, parseKeys: parseKeys };
