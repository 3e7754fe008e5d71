// Starts the stock Web Chat client against this server's token endpoint. The tab remembers its
// conversation (sessionStorage, never localStorage), so a reload continues it; "Start a new
// conversation" ends it on purpose.
(function startChat() {
  'use strict';
  var chat = document.getElementById('chat');
  var status = document.getElementById('chat-status');
  var startingText = status.textContent;
  var newConversationButton = document.getElementById('new-conversation');
  var body = document.body;
  // The page's Content-Security-Policy admits Web Chat's <style> elements by the nonce on this script's tag.
  var nonce = document.currentScript ? document.currentScript.nonce : '';
  var azure = body.dataset.websocket === 'true';
  var domain = new URL(body.dataset.directlineDomain, window.location.href).href.replace(/\/$/, '');
  var SAVED = 'drs-chat-conversation';
  var DRS_PHONE = 'call DRS at 860-297-5962 (1-800-382-9463 toll-free within Connecticut)';

  // Colours below keep at least 4.5:1 against Web Chat's white background (the accent is 8.4:1);
  // focus indicators are solid and near-black so keyboard users can always see where they are.
  var FOCUS = '#1b1b1b';
  var styleOptions = {
    accent: '#0b4f8a',
    subtle: '#595959',
    botAvatarInitials: 'DRS',
    userAvatarInitials: 'You',
    hideUploadButton: true,
    sendBoxTextWrap: true,
    suggestedActionLayout: 'flow',
    suggestedActionKeyboardFocusIndicatorBorderColor: FOCUS,
    suggestedActionKeyboardFocusIndicatorBorderStyle: 'solid',
    suggestedActionKeyboardFocusIndicatorBorderWidth: 2,
    sendBoxButtonKeyboardFocusIndicatorBorderColor: FOCUS,
    sendBoxButtonKeyboardFocusIndicatorBorderStyle: 'solid',
    sendBoxButtonKeyboardFocusIndicatorBorderWidth: 2,
    transcriptVisualKeyboardIndicatorColor: FOCUS,
    transcriptVisualKeyboardIndicatorWidth: 2,
    transcriptActivityVisualKeyboardIndicatorColor: FOCUS,
    transcriptActivityVisualKeyboardIndicatorStyle: 'solid',
    transcriptActivityVisualKeyboardIndicatorWidth: 2,
  };

  // Web Chat's own strings, reworded where a screen reader announces them.
  var overrideLocalizedStrings = {
    TEXT_INPUT_ALT: 'Type your question for the DRS tax assistant',
    TEXT_INPUT_PLACEHOLDER: 'Type your question',
  };

  var current; // { directLine, host, conversationId }

  function say(text) {
    if (!status.isConnected) chat.prepend(status);
    status.textContent = text;
  }

  function saved() {
    try {
      var value = JSON.parse(window.sessionStorage.getItem(SAVED) || 'null');
      if (value && typeof value.conversationId === 'string' && typeof value.token === 'string') return value;
    } catch (error) {
      // Storage blocked or unreadable: start afresh.
    }
    return undefined;
  }

  function remember(conversationId, token) {
    try {
      window.sessionStorage.setItem(SAVED, JSON.stringify({ conversationId: conversationId, token: token }));
    } catch (error) {
      // Without storage a reload starts a new conversation; the chat itself still works.
    }
  }

  function forget() {
    try {
      window.sessionStorage.removeItem(SAVED);
    } catch (error) {
      // Nothing was kept.
    }
  }

  var wait = function (ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  };

  /**
   * A token from the server: for the remembered conversation when one is given and still valid,
   * else for a new one. Waits out a server that is restarting (up to about a minute).
   */
  async function ticketFor(previous) {
    for (var attempt = 0; ; attempt += 1) {
      var response = await fetch('/api/directline/token', {
        method: 'POST',
        headers: Object.assign({ 'content-type': 'application/json' }, previous ? { authorization: 'Bearer ' + previous.token } : {}),
        body: '{}',
        cache: 'no-store',
      }).catch(function () { return undefined; });
      if (response && response.ok) return { ticket: await response.json(), resumed: Boolean(previous) };
      if (response && previous && response.status >= 400 && response.status < 500 && response.status !== 429) {
        // The conversation is over (token expired, or deleted): a new one, and say so.
        forget();
        var fresh = await ticketFor(undefined);
        fresh.expired = true;
        return fresh;
      }
      if (attempt >= 12) throw new Error('no token: ' + (response ? response.status : 'no answer'));
      say('Connecting to the DRS tax assistant…');
      await wait(Math.min(500 * Math.pow(2, attempt), 5000));
    }
  }

  function connect(ticket, resumed) {
    if (azure) {
      // Azure's Direct Line over WebSocket reconnects by itself; a reload rejoins with the conversation id.
      return window.WebChat.createDirectLine({
        token: ticket.token,
        conversationId: resumed ? ticket.conversationId : undefined,
        domain: domain,
        webSocket: true,
      });
    }
    return new window.ReconnectingDirectLine({
      domain: domain,
      token: ticket.token,
      expiresIn: ticket.expires_in,
      conversationId: resumed ? ticket.conversationId : undefined,
      onToken: function (update) { remember(update.conversationId, update.token); },
    });
  }

  // Web Chat's bundle (preloaded by the page) takes a second or two to run on a slow device, and
  // nothing else can happen meanwhile; it runs once the conversation has started and its first
  // messages are on screen, or after a second at most.
  var webChatRequested;
  var webChatLoaded = new Promise(function (resolve, reject) {
    webChatRequested = function () {
      if (webChatRequested.done) return;
      webChatRequested.done = true;
      var script = document.createElement('script');
      script.src = document.getElementById('webchat-bundle').href;
      script.onload = function () { resolve(); };
      script.onerror = function () { reject(new Error('Web Chat did not load')); };
      document.body.appendChild(script);
    };
  });
  webChatLoaded.catch(function () { /* start() reports it */ });
  setTimeout(function () { webChatRequested(); }, 1000);
  /** After the next paint, so that what was just shown is on screen first. */
  function loadWebChatAfterPaint() {
    window.requestAnimationFrame(function () { setTimeout(function () { webChatRequested(); }, 0); });
  }

  /**
   * The assistant's first messages as plain text while Web Chat is still loading (a second or two
   * on a slow device); Web Chat replaces them as soon as it shows the conversation itself.
   */
  function showPreview(activities, host) {
    var messages = activities.filter(function (activity) {
      return activity.type === 'message' && activity.from && activity.from.role === 'bot' && typeof activity.text === 'string';
    });
    if (!messages.length || !host.isConnected || host.childElementCount) return;
    var preview = document.createElement('div');
    preview.className = 'chat-preview';
    messages.forEach(function (message) {
      var bubble = document.createElement('div');
      bubble.className = 'chat-preview__message';
      message.text.split(/\n{2,}/).forEach(function (paragraph) {
        var line = document.createElement('p');
        line.textContent = paragraph.replace(/\*\*|__/g, '');
        bubble.appendChild(line);
      });
      preview.appendChild(bubble);
    });
    if (status.textContent === startingText) status.remove();
    var loading = document.createElement('p');
    loading.className = 'chat-preview__loading';
    loading.setAttribute('role', 'status');
    loading.textContent = 'Loading the chat…';
    preview.appendChild(loading);
    host.appendChild(preview);
  }

  /** Takes the preview away once Web Chat has shown the conversation. */
  function removePreviewOnFirstActivity(host) {
    return function () {
      return function (next) {
        return function (action) {
          var result = next(action);
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            var preview = host.querySelector(':scope > .chat-preview');
            if (preview) window.requestAnimationFrame(function () { preview.remove(); });
          }
          return result;
        };
      };
    };
  }

  async function start(previous) {
    var result = await ticketFor(previous);
    var ticket = result.ticket;
    if (azure) {
      webChatRequested();
      await webChatLoaded;
    }
    var directLine = connect(ticket, result.resumed);
    // Web Chat's own host element, so that its render replaces nothing else in the pane.
    var host = document.createElement('div');
    host.className = 'webchat-host';
    if (directLine.peek && !result.resumed) {
      directLine.peek().then(function (activities) { showPreview(activities, host); }, function () { /* Web Chat reports it */ }).then(loadWebChatAfterPaint);
    } else {
      webChatRequested();
    }
    if (current) current.host.replaceWith(host);
    else chat.appendChild(host);
    await webChatLoaded;
    if (azure || result.resumed) remember(ticket.conversationId, ticket.token);
    // A fresh element per conversation: Web Chat keeps one transcript per element.
    var webChatRoot = document.createElement('div');
    webChatRoot.className = 'webchat-root';
    host.appendChild(webChatRoot);
    current = { directLine: directLine, host: host, conversationId: ticket.conversationId };
    if (result.expired) say('Your earlier conversation has ended. This is a new one.');
    else status.remove();
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: window.WebChat.createStore({}, removePreviewOnFirstActivity(host)),
        locale: 'en-US',
        styleOptions: styleOptions,
        overrideLocalizedStrings: overrideLocalizedStrings,
        nonce: nonce || undefined,
      },
      webChatRoot,
    );
  }

  function fail() {
    say('The chat could not start. Please reload the page, or ' + DRS_PHONE + '.');
  }

  /** Leaves the current conversation for good (a live case is told) and starts another. */
  function startNewConversation() {
    if (!window.confirm('Start a new conversation? This one will end and will no longer be shown here.')) return;
    var previous = current;
    forget();
    if (previous) {
      var left = previous.directLine.postActivity({ type: 'event', name: 'webchat/leave', from: { id: 'user' } });
      left.subscribe({ next: function () { previous.directLine.end(); }, error: function () { previous.directLine.end(); } });
    }
    start(undefined).then(function () {
      var box = current.host.querySelector('textarea, input[type="text"]');
      if (box) box.focus();
    }, fail);
  }

  // Azure's client renews its token without telling: keep the latest for a reload.
  window.addEventListener('pagehide', function () {
    if (current && azure && current.directLine.token) remember(current.conversationId, current.directLine.token);
  });

  newConversationButton.addEventListener('click', startNewConversation);
  start(saved()).catch(fail);
})();
