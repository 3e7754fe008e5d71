// Starts the stock Web Chat client against this server's token endpoint.
(function startChat() {
  'use strict';
  var chat = document.getElementById('chat');
  var status = document.getElementById('chat-status');
  var body = document.body;

  function fail() {
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
          styleOptions: {
            accent: '#0b4f8a',
            botAvatarInitials: 'DRS',
            userAvatarInitials: 'You',
            hideUploadButton: true,
            sendBoxTextWrap: true,
          },
        },
        chat,
      );
      var input = chat.querySelector('input[type="text"], textarea');
      if (input) input.setAttribute('aria-label', 'Type your question for the DRS tax assistant');
    })
    .catch(fail);
})();
