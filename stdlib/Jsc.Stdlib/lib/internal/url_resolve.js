// Url.prototype.resolveObject for the legacy url module: resolves a relative URL against a
// base as a browser resolves an anchor's href (https://nodejs.org/api/url.html#urlresolvefrom-to),
// with node's treatment of non-slashed protocols (mailto:, ...) whose host is a path part.
'use strict';

function install(Url, urlParse, slashedProtocol, hostlessProtocol, has) {
  Url.prototype.resolveObject = function resolveObject(relative) {
    if (typeof relative === 'string') {
      var rel = new Url();
      rel.parse(relative, false, true);
      relative = rel;
    }
    var result = new Url();
    var tkeys = Object.keys(this);
    for (var tk = 0; tk < tkeys.length; tk++) result[tkeys[tk]] = this[tkeys[tk]];

    // The hash always comes from the relative URL, even href="" removes it.
    result.hash = relative.hash;
    if (relative.href === '') {
      result.href = result.format();
      return result;
    }

    // `//foo/bar` keeps only the protocol.
    if (relative.slashes && !relative.protocol) {
      var rkeys = Object.keys(relative);
      for (var rk = 0; rk < rkeys.length; rk++) {
        if (rkeys[rk] !== 'protocol') result[rkeys[rk]] = relative[rkeys[rk]];
      }
      if (has(slashedProtocol, result.protocol) && result.hostname && !result.pathname) {
        result.path = result.pathname = '/';
      }
      result.href = result.format();
      return result;
    }

    if (relative.protocol && relative.protocol !== result.protocol) {
      return changeProtocol(result, relative);
    }

    var isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
    var isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
    var mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
    var removeAllDots = mustEndAbs;
    var srcPath = (result.pathname && result.pathname.split('/')) || [];
    var relPath = (relative.pathname && relative.pathname.split('/')) || [];
    var noLeadingSlashes = result.protocol && !has(slashedProtocol, result.protocol);

    // In a non-slashed URL the host is the first path part, so `../..` can climb into it.
    if (noLeadingSlashes) {
      result.hostname = '';
      result.port = null;
      if (result.host) {
        if (srcPath[0] === '') srcPath[0] = result.host;
        else srcPath.unshift(result.host);
      }
      result.host = '';
      if (relative.protocol) {
        relative.hostname = null;
        relative.port = null;
        if (relative.host) {
          if (relPath[0] === '') relPath[0] = relative.host;
          else relPath.unshift(relative.host);
        }
        relative.host = null;
      }
      mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
    }

    if (isRelAbs) {
      if (relative.host || relative.host === '') {
        if (result.host !== relative.host) result.auth = null;
        result.host = relative.host;
        result.port = relative.port;
      }
      if (relative.hostname || relative.hostname === '') {
        if (result.hostname !== relative.hostname) result.auth = null;
        result.hostname = relative.hostname;
      }
      result.search = relative.search;
      result.query = relative.query;
      srcPath = relPath;
    } else if (relPath.length) {
      // a relative path replaces the base's last segment
      srcPath.pop();
      srcPath = srcPath.concat(relPath);
      result.search = relative.search;
      result.query = relative.query;
    } else if (relative.search !== null && relative.search !== undefined) {
      // only a new query (href='?foo')
      if (noLeadingSlashes) {
        result.hostname = result.host = srcPath.shift();
        splitAuthFromHost(result);
      }
      result.search = relative.search;
      result.query = relative.query;
      if (result.pathname !== null || result.search !== null) {
        result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
      }
      result.href = result.format();
      return result;
    }

    if (!srcPath.length) {
      result.pathname = null;
      result.path = result.search ? '/' + result.search : null;
      result.href = result.format();
      return result;
    }

    // A path ending in `.` or `..` gets a trailing slash; one ending in a name does not.
    var last = srcPath.slice(-1)[0];
    var hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
      (last === '.' || last === '..')) || last === '';

    // Drop `.` segments and resolve `..`; `up` counts the ones that climb above the root.
    var up = 0;
    for (var i = srcPath.length - 1; i >= 0; i--) {
      last = srcPath[i];
      if (last === '.') {
        srcPath.splice(i, 1);
      } else if (last === '..') {
        srcPath.splice(i, 1);
        up++;
      } else if (up) {
        srcPath.splice(i, 1);
        up--;
      }
    }
    if (!mustEndAbs && !removeAllDots) {
      while (up--) srcPath.unshift('..');
    }
    if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) srcPath.unshift('');
    if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

    var isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');
    if (noLeadingSlashes) {
      result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
      splitAuthFromHost(result);
    }
    mustEndAbs = mustEndAbs || (result.host && srcPath.length);
    if (mustEndAbs && !isAbsolute) srcPath.unshift('');

    if (srcPath.length > 0) {
      result.pathname = srcPath.join('/');
    } else {
      result.pathname = null;
      result.path = null;
    }
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.auth = relative.auth || result.auth;
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  };

  // A relative URL with another protocol: a non-slashed one replaces everything; a slashed
  // one needs a host (its first path part when it has none), except file: which has none.
  function changeProtocol(result, relative) {
    var k;
    if (!has(slashedProtocol, relative.protocol)) {
      var keys = Object.keys(relative);
      for (k = 0; k < keys.length; k++) result[keys[k]] = relative[keys[k]];
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !has(hostlessProtocol, relative.protocol)) {
      var relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  // mailto:local1@domain1 keeps its auth in the host after resolution: move it back out.
  function splitAuthFromHost(result) {
    var authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
    if (authInHost) {
      result.auth = authInHost.shift();
      result.host = result.hostname = authInHost.shift();
    }
  }
}

module.exports = { install: install };
