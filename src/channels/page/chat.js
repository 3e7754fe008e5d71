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
  // What the page itself says, in the conversation's language (the assistant says the rest).
  var WORDS = {
    en: {
      webChatLocale: 'en-US',
      starting: 'Starting the chat…',
      connecting: 'Connecting to the DRS tax assistant…',
      loading: 'Loading the chat…',
      cannotStart: 'The chat could not start. Please reload the page, or call DRS at 860-297-5962 (1-800-382-9463 toll-free within Connecticut).',
      ended: 'Your earlier conversation has ended. This is a new one.',
      newConversation: 'Start a new conversation',
      confirmNew: 'Start a new conversation? This one will end and will no longer be shown here.',
      chatLabel: 'Chat with the DRS tax assistant',
      // Web Chat's own strings, reworded where a screen reader announces them.
      webChatStrings: { TEXT_INPUT_ALT: 'Type your question for the DRS tax assistant', TEXT_INPUT_PLACEHOLDER: 'Type your question' },
      you: 'You',
      // The page around the chat (index.html's [data-words] elements), as index.html has it.
      title: 'Connecticut DRS Tax Assistant – Department of Revenue Services',
      page: {
        skip: 'Skip to the chat',
        agency: 'State of Connecticut · Department of Revenue Services (DRS)',
        heading: 'Connecticut DRS Tax Assistant',
        intro: 'Get help with a DRS notice, a refund offset, a payment plan, penalties and interest, or the Priority One program, or reach a person at DRS.',
        notAdvice: 'This assistant gives general information, not tax advice.',
        noNumbers: 'Do not type your full Social Security number or bank account numbers.',
        neverNeeds: 'The assistant never needs them.',
        noticeGoverns: 'The amounts and dates on your notice govern.',
        phones: 'DRS: 860-297-5962 (1-800-382-9463 toll-free within Connecticut, outside Greater Hartford),',
      },
    },
    es: {
      webChatLocale: 'es-ES',
      starting: 'Iniciando el chat…',
      connecting: 'Conectando con el asistente de impuestos del DRS…',
      loading: 'Cargando el chat…',
      cannotStart: 'El chat no pudo empezar. Vuelva a cargar la página, o llame al DRS al 860-297-5962 (1-800-382-9463, gratis dentro de Connecticut).',
      ended: 'Su conversación anterior terminó. Esta es una nueva.',
      newConversation: 'Empezar otra conversación',
      confirmNew: '¿Empezar otra conversación? Esta terminará y ya no se verá aquí.',
      chatLabel: 'Chat con el asistente de impuestos del DRS',
      webChatStrings: { TEXT_INPUT_ALT: 'Escriba su pregunta para el asistente de impuestos del DRS', TEXT_INPUT_PLACEHOLDER: 'Escriba su pregunta' },
      you: 'Yo',
      title: 'Asistente de impuestos del DRS de Connecticut – Departamento de Servicios de Impuestos',
      page: {
        skip: 'Ir al chat',
        agency: 'Estado de Connecticut · Departamento de Servicios de Impuestos (DRS)',
        heading: 'Asistente de impuestos del DRS de Connecticut',
        intro: 'Reciba ayuda con un aviso del DRS, un reembolso retenido, un plan de pagos, multas e intereses, o el programa Priority One, o comuníquese con una persona del DRS.',
        notAdvice: 'Este asistente da información general, no asesoría de impuestos.',
        noNumbers: 'No escriba su número de Seguro Social completo ni números de cuentas de banco.',
        neverNeeds: 'El asistente nunca los necesita.',
        noticeGoverns: 'Los montos y las fechas de su aviso son los que valen.',
        phones: 'DRS: 860-297-5962 (1-800-382-9463, gratis dentro de Connecticut, fuera del área de Hartford),',
      },
    },
  };
  var browserLanguage = /^es\b/i.test(navigator.language || '') ? 'es' : 'en';

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

  var current; // { directLine, host, conversationId, language, render }
  var language = browserLanguage;

  /** The page, the chat pane, its button and its status line in the conversation's language. */
  function showLanguage(next) {
    language = next;
    document.documentElement.lang = next;
    document.title = WORDS[next].title;
    document.querySelectorAll('[data-words]').forEach(function (element) {
      var text = WORDS[next].page[element.dataset.words];
      if (text) element.textContent = text;
    });
    // A new object: Web Chat restyles only when it is given other style options.
    styleOptions = Object.assign({}, styleOptions, { userAvatarInitials: WORDS[next].you });
    chat.lang = next;
    chat.setAttribute('aria-label', WORDS[next].chatLabel);
    newConversationButton.textContent = WORDS[next].newConversation;
    if (status.textContent === startingText) status.textContent = startingText = WORDS[next].starting;
  }

  function say(text) {
    if (!status.isConnected) chat.prepend(status);
    status.textContent = text;
  }

  function saved() {
    try {
      var value = JSON.parse(window.sessionStorage.getItem(SAVED) || 'null');
      if (value && typeof value.conversationId === 'string' && typeof value.token === 'string') {
        if (value.language !== 'es') value.language = 'en';
        return value;
      }
    } catch (error) {
      // Storage blocked or unreadable: start afresh.
    }
    return undefined;
  }

  function remember(conversationId, token) {
    try {
      window.sessionStorage.setItem(SAVED, JSON.stringify({ conversationId: conversationId, token: token, language: language }));
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
        // A new conversation starts in the browser's language; the assistant greets in it.
        body: previous ? '{}' : JSON.stringify({ locale: WORDS[language].webChatLocale }),
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
      say(WORDS[language].connecting);
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
    loading.textContent = WORDS[language].loading;
    preview.appendChild(loading);
    host.appendChild(preview);
  }

  /**
   * Takes the preview away once Web Chat has shown the conversation, and follows the assistant's
   * word on the conversation's language (an event it sends when the taxpayer changes language).
   */
  function watchActivities(host) {
    return function () {
      return function (next) {
        return function (action) {
          var result = next(action);
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            var preview = host.querySelector(':scope > .chat-preview');
            if (preview) window.requestAnimationFrame(function () { preview.remove(); });
            var activity = action.payload && action.payload.activity;
            if (activity && activity.type === 'event' && activity.name === 'conversation/language') followLanguage(host, activity.value);
          }
          return result;
        };
      };
    };
  }

  /** Web Chat's own words (send box, status, buttons) follow the conversation into the other language. */
  function followLanguage(host, next) {
    if ((next !== 'en' && next !== 'es') || !current || current.host !== host || next === language) return;
    showLanguage(next);
    remember(current.conversationId, current.directLine.token || savedToken());
    window.setTimeout(function () { current.render(); }, 0);
  }

  function savedToken() {
    var value = saved();
    return value ? value.token : '';
  }

  async function start(previous) {
    // A new conversation continues in the language the last one ended in.
    showLanguage(previous ? previous.language : language);
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
    var store = window.WebChat.createStore({}, watchActivities(host));
    var render = function () {
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          store: store,
          locale: WORDS[language].webChatLocale,
          styleOptions: styleOptions,
          overrideLocalizedStrings: WORDS[language].webChatStrings,
          nonce: nonce || undefined,
        },
        webChatRoot,
      );
    };
    current = { directLine: directLine, host: host, conversationId: ticket.conversationId, render: render };
    if (result.expired) say(WORDS[language].ended);
    else status.remove();
    render();
  }

  function fail() {
    say(WORDS[language].cannotStart);
  }

  /** Leaves the current conversation for good (a live case is told) and starts another. */
  function startNewConversation() {
    if (!window.confirm(WORDS[language].confirmNew)) return;
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
