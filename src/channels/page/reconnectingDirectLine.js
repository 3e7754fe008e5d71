// A Direct Line 3.0 polling client for Web Chat that outlives a restart of the server behind it.
// It offers what Web Chat uses of botframework-directlinejs (activity$, connectionStatus$,
// postActivity, end, token) but, where that client stops polling for good after one failed request,
// this one keeps the watermark, reports "connecting" while the server is away (Web Chat shows
// "reconnecting") and resumes by itself. It also rejoins an existing conversation (a reload).
(function defineReconnectingDirectLine(global) {
  'use strict';

  /** botframework-directlinejs's ConnectionStatus values, which Web Chat reads. */
  var Status = { Uninitialized: 0, Connecting: 1, Online: 2, ExpiredToken: 3, FailedToConnect: 4, Ended: 5 };
  var POLL_MS = 1000;
  var RETRY_MS = [250, 500, 1000, 2000];
  /** A post the server refuses for longer than this (429 Retry-After) fails at once, so Web Chat offers a retry. */
  var POST_MAX_RETRY_AFTER_MS = 5000;
  /** Web Chat gives up on a message after five minutes; a post keeps trying for less. */
  var POST_GIVE_UP_MS = 4 * 60 * 1000;
  var REQUEST_TIMEOUT_MS = 20000;
  /** How long activities wait for Web Chat to listen again after (re)connecting. */
  var LISTEN_WAIT_MS = 3000;

  /** A multicast observable; with `initial` it replays the current value to each new subscriber. */
  function Stream(options) {
    this.observers = [];
    this.replays = Boolean(options && 'initial' in options);
    this.current = options && options.initial;
    this.onFirstSubscriber = options && options.onFirstSubscriber;
    this.waiting = [];
  }

  /** Resolves at the next subscription, or after `ms` if none comes. */
  Stream.prototype.nextSubscription = function nextSubscription(ms) {
    var waiting = this.waiting;
    return new Promise(function (resolve) {
      waiting.push(resolve);
      setTimeout(resolve, ms);
    });
  };
  Stream.prototype.subscribe = function subscribe(observerOrNext, error, complete) {
    var observer = typeof observerOrNext === 'function' ? { next: observerOrNext, error: error, complete: complete } : observerOrNext || {};
    var observers = this.observers;
    observers.push(observer);
    if (this.replays && observer.next) observer.next(this.current);
    this.waiting.splice(0).forEach(function (resolve) { resolve(); });
    if (observers.length === 1 && this.onFirstSubscriber) this.onFirstSubscriber();
    var subscription = {
      closed: false,
      unsubscribe: function unsubscribe() {
        subscription.closed = true;
        var index = observers.indexOf(observer);
        if (index >= 0) observers.splice(index, 1);
      },
    };
    return subscription;
  };
  Stream.prototype.next = function next(value) {
    this.current = value;
    this.observers.slice().forEach(function (observer) {
      if (observer.next) observer.next(value);
    });
  };
  Stream.prototype.getValue = function getValue() {
    return this.current;
  };

  /** An observable of one value (or one error), run when subscribed, as postActivity returns. */
  function single(run) {
    return {
      subscribe: function subscribe(observerOrNext, error, complete) {
        var observer = typeof observerOrNext === 'function' ? { next: observerOrNext, error: error, complete: complete } : observerOrNext || {};
        var subscription = { closed: false, unsubscribe: function () { subscription.closed = true; } };
        run().then(
          function (value) {
            if (subscription.closed) return;
            if (observer.next) observer.next(value);
            if (observer.complete) observer.complete();
          },
          function (reason) {
            if (!subscription.closed && observer.error) observer.error(reason);
          },
        );
        return subscription;
      },
    };
  }

  var sleep = function (ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  };

  /** An HTTP answer the server gave (as opposed to no answer: the server is away). */
  function HttpFailure(status, retryAfterSeconds) {
    this.status = status;
    this.retryAfterMs = retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : 0;
    this.message = 'Direct Line answered ' + status;
  }

  /**
   * options: domain (…/v3/directline), token, conversationId (to rejoin; omitted: start one),
   * watermark (rejoin from here; omitted: the whole history), onToken(ticket) when the token changes.
   */
  function ReconnectingDirectLine(options) {
    this.domain = options.domain.replace(/\/$/, '');
    this.token = options.token;
    this.conversationId = options.conversationId;
    this.watermark = options.watermark || '';
    this.onToken = options.onToken || function () {};
    this.refreshEveryMs = Math.max(60, (options.expiresIn || 1800) / 2) * 1000;
    this.ended = false;
    this.connectionStatus$ = new Stream({ initial: Status.Uninitialized });
    var self = this;
    this.activity$ = new Stream({ onFirstSubscriber: function () { self.start(); } });
  }

  ReconnectingDirectLine.prototype.setStatus = function setStatus(status) {
    if (this.connectionStatus$.getValue() !== status && !this.ended) this.connectionStatus$.next(status);
  };

  ReconnectingDirectLine.prototype.request = function request(method, path, body) {
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS);
    var init = {
      method: method,
      headers: { authorization: 'Bearer ' + this.token, accept: 'application/json' },
      signal: controller.signal,
      cache: 'no-store',
    };
    if (body !== undefined) {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(this.domain + path, init)
      .then(function (response) {
        if (!response.ok) throw new HttpFailure(response.status, Number(response.headers.get('retry-after')));
        return response.status === 204 ? {} : response.json();
      })
      .finally(function () { clearTimeout(timer); });
  };

  /** Retry delay for the n-th consecutive failure; undefined when the failure is final. */
  function retryDelay(error, attempt) {
    var status = error instanceof HttpFailure ? error.status : 0;
    if (status === 429) return error.retryAfterMs || RETRY_MS[RETRY_MS.length - 1];
    if (status === 0 || status >= 500 || status === 408) return RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
    return undefined;
  }

  /** The status a final failure leaves the connection in. */
  function finalStatus(error) {
    if (error.status === 401 || error.status === 403) return Status.ExpiredToken;
    if (error.status === 404) return Status.Ended;
    return Status.FailedToConnect;
  }

  /** Connects now, before Web Chat subscribes (the page does this while Web Chat is still loading). */
  ReconnectingDirectLine.prototype.prepare = function prepare() {
    if (!this.connecting) {
      this.setStatus(Status.Connecting);
      this.connecting = this.connect();
      this.connecting.catch(function () { /* start() reports it */ });
    }
    return this.connecting;
  };

  /** The conversation so far, read once without moving the watermark (for a preview while Web Chat loads). */
  ReconnectingDirectLine.prototype.peek = function peek() {
    var self = this;
    return this.prepare().then(function () {
      return self.request('GET', '/conversations/' + encodeURIComponent(self.conversationId) + '/activities?watermark=');
    }).then(function (page) { return page.activities || []; });
  };

  ReconnectingDirectLine.prototype.start = function start() {
    if (this.started) return;
    this.started = true;
    var self = this;
    // Web Chat subscribes once to connect, then again to read activities: wait for the second.
    var listening = this.activity$.nextSubscription(LISTEN_WAIT_MS);
    this.prepare()
      .then(function () { return self.pollForever(listening); })
      .catch(function (error) { self.setStatus(finalStatus(error)); });
  };

  /** Starts the conversation, or rejoins it; waits out the server's absence. */
  ReconnectingDirectLine.prototype.connect = async function connect() {
    for (var attempt = 0; !this.ended; attempt += 1) {
      try {
        var ticket = this.conversationId
          ? await this.request('GET', '/conversations/' + encodeURIComponent(this.conversationId) + '?watermark=' + encodeURIComponent(this.watermark))
          : await this.request('POST', '/conversations', {});
        this.conversationId = ticket.conversationId || this.conversationId;
        this.takeToken(ticket);
        this.refreshTimer = setInterval(this.refreshToken.bind(this), this.refreshEveryMs);
        this.setStatus(Status.Online);
        return;
      } catch (error) {
        var delay = retryDelay(error, attempt);
        if (delay === undefined) throw error;
        await sleep(delay);
      }
    }
  };

  ReconnectingDirectLine.prototype.takeToken = function takeToken(ticket) {
    if (!ticket || !ticket.token) return;
    this.token = ticket.token;
    this.onToken({ conversationId: this.conversationId, token: ticket.token, expiresIn: ticket.expires_in });
  };

  ReconnectingDirectLine.prototype.refreshToken = function refreshToken() {
    var self = this;
    this.request('POST', '/tokens/refresh').then(
      function (ticket) { self.takeToken(ticket); },
      function () { /* the next poll tells whether the token still works */ },
    );
  };

  /**
   * Polls with the watermark; a failed poll means "reconnecting" until one succeeds again. Web Chat
   * stops listening for activities while reconnecting and listens again once it sees the connection
   * online, so activities wait for that before they are handed over (as on the first connection).
   */
  ReconnectingDirectLine.prototype.pollForever = async function pollForever(listening) {
    var failures = 0;
    while (!this.ended) {
      var started = Date.now();
      try {
        var page = await this.request('GET', '/conversations/' + encodeURIComponent(this.conversationId) + '/activities?watermark=' + encodeURIComponent(this.watermark));
        if (this.ended) return;
        failures = 0;
        this.setStatus(Status.Online);
        if (listening) await listening;
        listening = undefined;
        if (this.ended) return;
        if (page.watermark) this.watermark = page.watermark;
        var activities = page.activities || [];
        for (var i = 0; i < activities.length; i += 1) this.activity$.next(activities[i]);
        // A full page means more is waiting, and a message just posted has its replies stored: ask again at once.
        if (activities.length < 100) await this.pause(Math.max(0, POLL_MS - (Date.now() - started)));
      } catch (error) {
        if (this.ended) return;
        var delay = retryDelay(error, failures);
        if (delay === undefined) throw error;
        failures += 1;
        if (this.connectionStatus$.getValue() === Status.Online) listening = this.activity$.nextSubscription(LISTEN_WAIT_MS);
        this.setStatus(Status.Connecting);
        await sleep(delay);
      }
    }
  };

  /**
   * The wait between polls, cut short by `pollSoon()`. A call that comes while a poll is in
   * flight (which may have missed what it announces) skips the next wait.
   */
  ReconnectingDirectLine.prototype.pause = function pause(ms) {
    var self = this;
    if (this.pollRequested) {
      this.pollRequested = false;
      return Promise.resolve();
    }
    return new Promise(function (resolve) {
      var timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        self.wake = undefined;
        resolve();
      }
      self.wake = done;
    });
  };

  /** The server has something new (the replies to a message just posted): poll now rather than at the next tick. */
  ReconnectingDirectLine.prototype.pollSoon = function pollSoon() {
    if (this.wake) this.wake();
    else this.pollRequested = true;
  };

  /** Resolves once the connection is online again; rejects if it ends first. */
  ReconnectingDirectLine.prototype.whenOnline = function whenOnline() {
    var status$ = this.connectionStatus$;
    return new Promise(function (resolve, reject) {
      var subscription = status$.subscribe(function (status) {
        if (status === Status.Online) resolve();
        else if (status >= Status.ExpiredToken) reject(new Error('Direct Line is no longer connected (' + status + ')'));
        else return;
        Promise.resolve().then(function () { subscription.unsubscribe(); });
      });
    });
  };

  /**
   * Posts an activity, retrying while the server is away. Retrying is safe: the server keeps one
   * copy per Web Chat message id (channelData.clientActivityID).
   */
  ReconnectingDirectLine.prototype.postActivity = function postActivity(activity) {
    var self = this;
    return single(async function post() {
      var giveUpAt = Date.now() + POST_GIVE_UP_MS;
      for (var attempt = 0; ; attempt += 1) {
        await self.whenOnline();
        try {
          var result = await self.request('POST', '/conversations/' + encodeURIComponent(self.conversationId) + '/activities', activity);
          // The server answers once the assistant's turn is over, so its replies are waiting.
          self.pollSoon();
          return result.id;
        } catch (error) {
          var delay = retryDelay(error, attempt);
          var refused = error instanceof HttpFailure && error.status === 429 && delay > POST_MAX_RETRY_AFTER_MS;
          if (delay === undefined || refused || Date.now() + delay > giveUpAt) throw error;
          await sleep(delay);
        }
      }
    });
  };

  ReconnectingDirectLine.prototype.end = function end() {
    if (this.ended) return;
    this.connectionStatus$.next(Status.Ended);
    this.ended = true;
    clearInterval(this.refreshTimer);
    if (this.wake) this.wake();
  };

  ReconnectingDirectLine.Status = Status;
  global.ReconnectingDirectLine = ReconnectingDirectLine;
})(window);
