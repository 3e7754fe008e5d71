// Starts the stock Web Chat client against this server's token endpoint.
(function startChat() {
  'use strict';
  var chat = document.getElementById('chat');
  var status = document.getElementById('chat-status');
  var body = document.body;
  // The page's Content-Security-Policy admits Web Chat's <style> elements by the nonce on this script's tag.
  var nonce = document.currentScript ? document.currentScript.nonce : '';

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

  function fail() {
    if (!status.isConnected) chat.prepend(status);
    status.textContent =
      'The chat could not start. Please reload the page, or call DRS at 860-297-5962 (1-800-382-9463 toll-free within Connecticut).';
  }

  fetch('/api/directline/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    .then(function (response) {
      if (!response.ok) throw new Error('token request failed: ' + response.status);
      return response.json();
    })
    .then(function (ticket) {
      var domain = new URL(body.dataset.directlineDomain, window.location.href).href.replace(/\/$/, '');
      var directLine = window.WebChat.createDirectLine({
        token: ticket.token,
        domain: domain,
        webSocket: body.dataset.websocket === 'true',
      });
      status.remove();
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          locale: 'en-US',
          styleOptions: styleOptions,
          overrideLocalizedStrings: overrideLocalizedStrings,
          nonce: nonce || undefined,
        },
        chat,
      );
    })
    .catch(fail);
})();
