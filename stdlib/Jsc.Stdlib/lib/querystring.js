// querystring: https://nodejs.org/docs/v0.8.16/api/querystring.html, with node 20's exact
// results (a null-prototype object from parse, the encodeURIComponent/decodeURIComponent
// options, and how arrays, non-primitive values and malformed %-sequences come out).
'use strict';

var percent = require('internal/percent');

// Characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
var noEscape = [];
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!\'()*'.split('').forEach(function (c) {
  noEscape[c.charCodeAt(0)] = 1;
});

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return percent.encodeStr(str, noEscape);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return percent.utf8Decode(percent.unescapeBytes(s, decodeSpaces));
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringified(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && isFinite(v)) {
    // Numbers below 1e21 print without characters that need escaping.
    return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
  }
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringifiedCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

// querystring.stringify: https://nodejs.org/api/querystring.html#querystringstringifyobj-sep-eq-options
function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  var encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  var convert = encode === qsEscape ? encodeStringified : encodeStringifiedCustom;
  if (obj === null || typeof obj !== 'object') return '';
  var keys = Object.keys(obj);
  var fields = '';
  for (var i = 0; i < keys.length; ++i) {
    var k = keys[i];
    var v = obj[k];
    var ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += sep;
      for (var j = 0; j < v.length; ++j) {
        if (j) fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

function charCodes(str) {
  var codes = [];
  for (var i = 0; i < str.length; ++i) codes.push(str.charCodeAt(i));
  return codes;
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch (e) {
    return QueryString.unescape(s, true);
  }
}

function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valEncoded) value = decodeStr(value, decode);
  if (obj[key] === undefined) {
    obj[key] = value;
  } else {
    var current = obj[key];
    if (current.pop) current[current.length] = value;
    else obj[key] = [current, value];
  }
}

// querystring.parse: https://nodejs.org/api/querystring.html#querystringparsestr-sep-eq-options
// One pass over the string; a key or value is decoded only when it holds `+` or a valid %XX.
function parse(qs, sep, eq, options) {
  var obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  var sepCodes = !sep ? [38] : charCodes(String(sep));
  var eqCodes = !eq ? [61] : charCodes(String(eq));
  var sepLen = sepCodes.length;
  var eqLen = eqCodes.length;
  var pairs = 1000;
  if (options && typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : -1;
  var decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  var customDecode = decode !== qsUnescape;
  var lastPos = 0;
  var sepIdx = 0;
  var eqIdx = 0;
  var key = '';
  var value = '';
  var keyEncoded = customDecode;
  var valEncoded = customDecode;
  var plusChar = customDecode ? '%20' : ' ';
  var encodeCheck = 0;
  for (var i = 0; i < qs.length; ++i) {
    var code = qs.charCodeAt(i);
    if (code === sepCodes[sepIdx]) {
      if (++sepIdx === sepLen) {
        var end = i - sepIdx + 1;
        if (eqIdx < eqLen) {
          if (lastPos < end) {
            key += qs.slice(lastPos, end);
          } else if (key.length === 0) {
            // an empty pair (`&&`) still counts against maxKeys
            if (--pairs === 0) return obj;
            lastPos = i + 1;
            sepIdx = eqIdx = 0;
            continue;
          }
        } else if (lastPos < end) {
          value += qs.slice(lastPos, end);
        }
        addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
        if (--pairs === 0) return obj;
        keyEncoded = valEncoded = customDecode;
        key = value = '';
        encodeCheck = 0;
        lastPos = i + 1;
        sepIdx = eqIdx = 0;
      }
      continue;
    }
    sepIdx = 0;
    if (eqIdx < eqLen) {
      if (code === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          var keyEnd = i - eqIdx + 1;
          if (lastPos < keyEnd) key += qs.slice(lastPos, keyEnd);
          encodeCheck = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (code === 37) {
          encodeCheck = 1;
          continue;
        } else if (encodeCheck > 0) {
          if (percent.unhex(code) >= 0) {
            if (++encodeCheck === 3) keyEncoded = true;
            continue;
          }
          encodeCheck = 0;
        }
      }
      if (code === 43) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plusChar;
        lastPos = i + 1;
        continue;
      }
    }
    if (code === 43) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plusChar;
      lastPos = i + 1;
    } else if (!valEncoded) {
      if (code === 37) {
        encodeCheck = 1;
      } else if (encodeCheck > 0) {
        if (percent.unhex(code) >= 0) {
          if (++encodeCheck === 3) valEncoded = true;
        } else {
          encodeCheck = 0;
        }
      }
    }
  }
  if (lastPos < qs.length) {
    if (eqIdx < eqLen) key += qs.slice(lastPos);
    else if (sepIdx < sepLen) value += qs.slice(lastPos);
  } else if (eqIdx === 0 && key.length === 0) {
    return obj;
  }
  addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
  return obj;
}

// unescapeBuffer (node's fallback decoder) needs Buffer; it comes first, as in node's exports.
var QueryString = module.exports = {};
if (typeof Buffer === 'function') {
  QueryString.unescapeBuffer = function unescapeBuffer(s, decodeSpaces) {
    return Buffer.from(percent.unescapeBytes(s, decodeSpaces));
  };
}
QueryString.unescape = qsUnescape;
QueryString.escape = qsEscape;
QueryString.stringify = stringify;
QueryString.encode = stringify;
QueryString.parse = parse;
QueryString.decode = parse;
