package org.shoppingapi.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.server.ResourceConfig;
import org.jdbi.v3.core.Jdbi;
import org.shoppingapi.app.webhook.DispatchSignal;
import org.shoppingapi.app.webhook.WebhookDispatcher;
import org.shoppingapi.app.webhook.WebhookSettings;
import org.shoppingapi.jdbc.JdbiTransactions;
import org.shoppingapi.jdbc.auth.JdbiClientStore;
import org.shoppingapi.jdbc.auth.JdbiSigningKeyStore;
import org.shoppingapi.jdbc.discount.JdbiDiscountRuleStore;
import org.shoppingapi.jdbc.discount.StoredRulesDiscountEngine;
import org.shoppingapi.jdbc.draft.JdbiDraftStore;
import org.shoppingapi.jdbc.idempotency.JdbiIdempotencyStore;
import org.shoppingapi.jdbc.order.JdbiOrderStore;
import org.shoppingapi.jdbc.order.RandomOrderIdGenerator;
import org.shoppingapi.jdbc.payout.JdbiPayoutRuleStore;
import org.shoppingapi.jdbc.session.JdbiPaymentSessionStore;
import org.shoppingapi.ports.in.draft.ManageDrafts;
import org.shoppingapi.ports.out.PaymentSessions;
import org.shoppingapi.application.PaymentSessionService;
import org.shoppingapi.rest.order.SessionResource;
import org.shoppingapi.rest.outbound.checkout.CheckoutApiPaymentSessions;
import org.shoppingapi.rest.outbound.checkout.UrlTemplatePaymentSessions;
import org.shoppingapi.rest.wire.SessionMapper;
import org.shoppingapi.jdbc.webhook.JdbiDeliveryStore;
import org.shoppingapi.jdbc.webhook.JdbiSubscriptionStore;
import org.shoppingapi.jdbc.webhook.JdbiWebhookOutbox;
import org.shoppingapi.rest.observe.CurrentRequest;
import org.shoppingapi.ports.out.DiscountEngine;
import org.shoppingapi.ports.out.DiscountRuleStore;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.LivePayoutRules;
import org.shoppingapi.ports.out.OrderStore;
import org.shoppingapi.ports.out.PayoutRuleStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;
import org.shoppingapi.ports.out.auth.SecretHasher;
import org.shoppingapi.application.DiscountRuleService;
import org.shoppingapi.application.IdempotencyService;
import org.shoppingapi.application.PayoutRuleService;
import org.shoppingapi.application.ShoppingCore;
import org.shoppingapi.application.SubscriptionService;
import org.shoppingapi.application.WebhookDispatchService;
import org.shoppingapi.application.auth.ClientAdministrationService;
import org.shoppingapi.application.auth.ClientRegistrationService;
import org.shoppingapi.application.auth.TokenService;
import org.shoppingapi.rest.RestApi;
import org.shoppingapi.rest.auth.StandingTokenVerifier;
import org.shoppingapi.rest.outbound.secret.BcryptSecretHasher;
import org.shoppingapi.rest.outbound.secret.BoundedSecretHasher;
import org.shoppingapi.rest.auth.CachingTokenVerifier;
import org.shoppingapi.rest.auth.JwksResource;
import org.shoppingapi.rest.auth.JwtTokenVerifier;
import org.shoppingapi.rest.outbound.token.JwtTokenSigner;
import org.shoppingapi.rest.outbound.token.SigningKeys;
import org.shoppingapi.rest.auth.TokenResource;
import org.shoppingapi.rest.auth.TokenAttemptLimits;
import org.shoppingapi.rest.auth.TokenVerifier;
import org.shoppingapi.rest.discount.DiscountRuleResource;
import org.shoppingapi.rest.draft.DraftAnswers;
import org.shoppingapi.rest.draft.DraftItemResource;
import org.shoppingapi.rest.draft.DraftResource;
import org.shoppingapi.rest.draft.DraftUseCases;
import org.shoppingapi.rest.hooks.SubscriptionResource;
import org.shoppingapi.rest.error.ApiException;
import org.shoppingapi.rest.idempotency.IdempotencyFilter;
import org.shoppingapi.rest.idempotency.IdempotentReplayMapper;
import org.shoppingapi.rest.idempotency.IdempotentResponseRecorder;
import org.shoppingapi.rest.json.JsonMapping;
import org.shoppingapi.rest.order.CustomerOrderResource;
import org.shoppingapi.rest.order.OrderAnswers;
import org.shoppingapi.rest.order.OrderEventResource;
import org.shoppingapi.rest.order.OrderResource;
import org.shoppingapi.rest.order.OrderUseCases;
import org.shoppingapi.rest.order.PaymentOperationResource;
import org.shoppingapi.rest.order.StoreOrderResource;
import org.shoppingapi.rest.payout.PayoutRuleResource;
import org.shoppingapi.rest.outbound.webhook.CheckedWebhookTargets;
import org.shoppingapi.rest.outbound.webhook.HttpWebhookSender;
import org.shoppingapi.rest.outbound.webhook.TargetAddressRules;
import org.shoppingapi.rest.wire.WebhookPayloadRenderer;
import org.shoppingapi.rest.wire.ContentMapper;
import org.shoppingapi.rest.wire.DraftMapper;
import org.shoppingapi.rest.wire.OrderMapper;
import org.shoppingapi.rest.wire.OrderUpdateMapper;
import org.shoppingapi.rest.wire.PaymentOperationMapper;
import org.shoppingapi.rest.wire.PayoutMapper;
import org.shoppingapi.rest.wire.SubscriptionMapper;

/** Hand wiring: stores → services → resources. The one place that knows every concrete class. */
public final class Wiring implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Wiring.class.getName());
    private static final Duration PURGE_EVERY = Duration.ofHours(1);
    /** Accepted bearer tokens remembered at once: a few MB at most, far more than the clients of one instance. */
    private static final long VERIFIED_TOKENS_CACHED = 10_000;

    private final Mappers mappers;
    private final Transactions transactions;
    private final Core core;
    private final Discounts discounts;
    private final PayoutRuleService payoutRules;
    private final Auth auth;
    private final Webhooks webhooks;
    private final Sessions sessions;
    private final ScheduledExecutorService housekeeping;

    /** The one JSON configuration and the wire mappers: the API's answers and the webhook payloads share them. */
    record Mappers(ObjectMapper json, ContentMapper content, OrderMapper orders, DraftMapper drafts) {
        static Mappers create() {
            ObjectMapper json = JsonMapping.create();
            ContentMapper content = new ContentMapper(json);
            OrderMapper orders = new OrderMapper(content);
            return new Mappers(json, content, orders, new DraftMapper(content, orders));
        }
    }

    /** Everything of the webhooks: the outbox services write to, the subscriptions and this instance's dispatcher. */
    record Webhooks(WebhookSettings settings, WebhookOutbox outbox, SubscriptionService subscriptions,
                    WebhookDispatcher dispatcher, HttpWebhookSender sender) {
    }

    /**
     * The authentication parts: token signing, token checking (the key's verifier behind a cache of accepted tokens),
     * token issuing, client registration and administration, and the token endpoint's attempt limits and hashing.
     */
    record Auth(JwtTokenSigner signer, TokenVerifier verifier, TokenService tokenService, ClientRegistrationService clients,
                ClientAdministrationService administration, boolean keyConfigured,
                TokenAttemptLimits attemptLimits, BoundedSecretHasher hashing) {
    }

    /** The draft and order services, the idempotency keys of every POST and the order store. */
    record Core(ShoppingCore services, IdempotencyService idempotency, OrderStore orders) {
    }

    /** Payment sessions: the use cases and the checkout provider behind them (closed with the wiring). */
    record Sessions(PaymentSessionService service, PaymentSessions provider) {
    }

    /** The discount parts: the rule use cases and the engine that {@code apply_discounts=true} runs. */
    record Discounts(DiscountRuleService rules, DiscountEngine engine) {
    }

    private Wiring(Mappers mappers, Transactions transactions, Core core, Discounts discounts, PayoutRuleService payoutRules, Auth auth, Webhooks webhooks,
                   Sessions sessions) {
        this.mappers = mappers;
        this.transactions = transactions;
        this.core = core;
        this.discounts = discounts;
        this.payoutRules = payoutRules;
        this.auth = auth;
        this.webhooks = webhooks;
        this.sessions = sessions;
        // No thread starts before the first task is scheduled, in startBackgroundWork.
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("housekeeping").factory());
    }

    public static Wiring create(Jdbi jdbi, ServiceSettings settings) {
        // Millisecond timestamps: what PostgreSQL stores and what clients compare must be the same instant.
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        Ids ids = UUID::randomUUID;
        Transactions transactions = new JdbiTransactions(jdbi);
        Mappers mappers = Mappers.create();
        Webhooks webhooks = webhooks(jdbi, settings.webhooks(), mappers, transactions, ids, clock);
        Discounts discounts = discounts(jdbi, transactions, ids, clock);
        PayoutRuleStore payoutRuleStore = new JdbiPayoutRuleStore(jdbi);
        Core core = core(jdbi, transactions, ids, clock, discounts.engine(), webhooks.outbox(), payoutRuleStore);
        PaymentSessions provider = paymentSessions(settings.checkout(), mappers.json(), clock);
        Sessions sessions = new Sessions(new PaymentSessionService(core.orders(), new JdbiPaymentSessionStore(jdbi),
                provider, transactions, ids, clock, webhooks.outbox()), provider);
        return new Wiring(mappers, transactions, core, discounts,
                new PayoutRuleService(payoutRuleStore, transactions, ids, clock),
                auth(jdbi, settings.auth(), clock), webhooks, sessions);
    }

    /** The checkout provider SPEC §5b asks for: the Checkout API, the URL template, or none (409 on POST). */
    private static PaymentSessions paymentSessions(CheckoutSettings settings, ObjectMapper json, Clock clock) {
        if (settings.api().isPresent()) {
            LOG.info("payment sessions: Checkout API at " + settings.api().get().apiUrl());
            return new CheckoutApiPaymentSessions(settings.api().get(), json, clock);
        }
        if (settings.urlTemplate().isPresent()) {
            LOG.info("payment sessions: URL template " + settings.urlTemplate().get());
            return new UrlTemplatePaymentSessions(settings.urlTemplate().get(), UUID::randomUUID);
        }
        LOG.info("payment sessions: no checkout provider configured (CHECKOUT_URL_TEMPLATE or CHECKOUT_API_URL); "
                + "POST .../sessions answers 409 CHECKOUT_NOT_CONFIGURED");
        return PaymentSessions.NOT_CONFIGURED;
    }

    private static Discounts discounts(Jdbi jdbi, Transactions transactions, Ids ids, Clock clock) {
        DiscountRuleStore rules = new JdbiDiscountRuleStore(jdbi);
        return new Discounts(new DiscountRuleService(rules, transactions, ids, clock),
                new StoredRulesDiscountEngine(rules, clock));
    }

    private static Core core(Jdbi jdbi, Transactions transactions, Ids ids, Clock clock, DiscountEngine discounts,
                             WebhookOutbox outbox, LivePayoutRules payoutRules) {
        OrderStore orders = new JdbiOrderStore(jdbi);
        ShoppingCore services = ShoppingCore.builder()
                .drafts(new JdbiDraftStore(jdbi)).orders(orders).transactions(transactions).ids(ids).clock(clock)
                .orderIds(new RandomOrderIdGenerator())
                .discounts(discounts).webhooks(outbox).payoutRules(payoutRules)
                .build();
        return new Core(services,
                new IdempotencyService(new JdbiIdempotencyStore(jdbi), transactions, clock,
                        IdempotencyService.Settings.DEFAULT),
                orders);
    }

    /**
     * The outbox (rendering payloads with the API's own mappers, waking this instance's dispatcher after each
     * commit that wrote deliveries), the subscriptions, and the dispatcher, started by {@link #startBackgroundWork}.
     */
    private static Webhooks webhooks(Jdbi jdbi, WebhookSettings settings, Mappers mappers, Transactions transactions,
                                     Ids ids, Clock clock) {
        DispatchSignal signal = new DispatchSignal();
        WebhookOutbox outbox = new JdbiWebhookOutbox(jdbi,
                new WebhookPayloadRenderer(mappers.json(), mappers.drafts(), mappers.orders()::toJson), signal::nudge,
                CurrentRequest::requestIdOrNull);
        JdbiDeliveryStore deliveries = new JdbiDeliveryStore(jdbi, settings.concurrencyPerAccount());
        // SPEC §6: one rule for targets, checked when subscribing and again on the address each delivery connects to.
        TargetAddressRules targetRules = new TargetAddressRules(settings.allowPrivateTargets());
        HttpWebhookSender sender = new HttpWebhookSender(mappers.json(), settings.timeout(), targetRules,
                settings.concurrency());
        WebhookDispatchService dispatch = new WebhookDispatchService(deliveries, sender, settings.retryPolicy(),
                settings.lease(), () -> ThreadLocalRandom.current().nextDouble());
        return new Webhooks(settings, outbox,
                new SubscriptionService(new JdbiSubscriptionStore(jdbi), deliveries, transactions, ids, clock,
                        new CheckedWebhookTargets(targetRules)),
                new WebhookDispatcher(dispatch, signal, settings.poll(), settings.concurrency(), settings.timeout()),
                sender);
    }

    private static Auth auth(Jdbi jdbi, AuthSettings settings, Clock clock) {
        // A configured key wins; otherwise the one generated at the first start and kept in the database.
        String key = settings.signingKey()
                .orElseGet(() -> new JdbiSigningKeyStore(jdbi).findOrCreate(SigningKeys::generate));
        JwtTokenSigner signer = JwtTokenSigner.create(key, settings.issuer());
        JdbiClientStore clientStore = new JdbiClientStore(jdbi);
        // Hashing on threads of its own, so token requests never take the CPU the API needs (SPEC §1).
        BoundedSecretHasher hasher = new BoundedSecretHasher(new BcryptSecretHasher(settings.bcryptCost()),
                settings.hashing(), () -> ApiException.busy("too many token requests at once, try again",
                        Duration.ofSeconds(1)));
        JwtTokenVerifier verifier = new JwtTokenVerifier(signer.publicKey(), settings.issuer(), clock);
        return new Auth(signer, new CachingTokenVerifier(verifier, clock, VERIFIED_TOKENS_CACHED),
                new TokenService(clientStore, hasher, signer, clock, settings.tokenLifetime()),
                new ClientRegistrationService(clientStore, hasher),
                new ClientAdministrationService(clientStore, hasher, clock, ClientServices.CLIENT_STANDING_TTL),
                settings.signingKey().isPresent(),
                new TokenAttemptLimits(new TokenAttemptLimits.Settings(settings.attemptLimits().failuresPerClient(),
                        settings.attemptLimits().failuresPerAddress(), settings.attemptLimits().window()), clock),
                hasher);
    }

    /** The JAX-RS application with every resource and the filters every request passes. */
    public ResourceConfig restApplication() {
        ObjectMapper json = mappers.json();
        DraftAnswers answers = new DraftAnswers(mappers.content(), mappers.drafts());
        OrderAnswers orderAnswers = new OrderAnswers(mappers.orders(), new OrderUpdateMapper(),
                new PaymentOperationMapper());
        ShoppingCore services = core.services();
        DraftUseCases draftUseCases = DraftUseCases.of(services.drafts(), services.completion(),
                services.draftItems());
        OrderUseCases orderUseCases = OrderUseCases.of(services.orders(), services.orderEvents(),
                services.payments());
        List<Object> components = new ArrayList<>();
        components.add(new TokenResource(auth.tokenService(), auth.attemptLimits()));
        components.add(new JwksResource(auth.signer().publicJwks()));
        components.add(new IdempotencyFilter(core.idempotency()));
        components.add(new IdempotentResponseRecorder());
        components.add(new IdempotentReplayMapper());
        components.add(new DraftResource(draftUseCases, answers));
        components.add(new DraftItemResource(draftUseCases, answers));
        components.add(new OrderResource(orderUseCases, orderAnswers));
        components.add(new OrderEventResource(orderUseCases));
        components.add(new PaymentOperationResource(orderUseCases, orderAnswers.payments()));
        components.add(new StoreOrderResource(orderUseCases, orderAnswers));
        components.add(new CustomerOrderResource(orderUseCases, orderAnswers));
        components.add(new SessionResource(SessionResource.UseCases.of(sessions.service()), new SessionMapper()));
        components.add(new DiscountRuleResource(DiscountRuleResource.UseCases.of(discounts.rules())));
        components.add(new PayoutRuleResource(PayoutRuleResource.UseCases.of(payoutRules), new PayoutMapper(json)));
        components.add(new SubscriptionResource(SubscriptionResource.UseCases.of(webhooks.subscriptions()),
                new SubscriptionMapper()));
        // Every token is also checked against its client's standing (revoked, rotated) on each request; the cache
        // only saves the signature check, so a revoked client's cached token is still refused.
        return RestApi.resourceConfig(json, new StandingTokenVerifier(auth.verifier(), auth.administration()),
                components);
    }

    /**
     * Starts background work, once the service serves: the hourly purge of expired idempotency keys, and the webhook
     * dispatcher unless this instance only writes events.
     */
    public void startBackgroundWork() {
        housekeeping.scheduleWithFixedDelay(this::purgeIdempotencyKeys, PURGE_EVERY.toMinutes(),
                PURGE_EVERY.toMinutes(), TimeUnit.MINUTES);
        if (webhooks.settings().dispatch()) {
            webhooks.dispatcher().start();
        }
    }

    public ManageDrafts drafts() {
        return core.services().drafts();
    }

    /** The order store, for tests that look below HTTP. */
    public OrderStore orders() {
        return core.orders();
    }

    public DiscountRuleService discountRules() {
        return discounts.rules();
    }

    /** What {@code apply_discounts=true} runs: the account's stored rules through the domain engine. */
    public DiscountEngine discountEngine() {
        return discounts.engine();
    }

    public Transactions transactions() {
        return transactions;
    }

    /** Registers API clients (SHOPPING_CLIENTS, the clients command, tests). */
    public ClientRegistrationService clients() {
        return auth.clients();
    }

    /** Signs access tokens. */
    public JwtTokenSigner tokenSigner() {
        return auth.signer();
    }

    /** True when the signing key came from {@code auth.signing-key}, false when it is the stored one. */
    public boolean signingKeyConfigured() {
        return auth.keyConfigured();
    }

    /** The outbox the services record webhook events in. */
    public WebhookOutbox webhookOutbox() {
        return webhooks.outbox();
    }

    private void purgeIdempotencyKeys() {
        try {
            int purged = core.idempotency().purgeExpired();
            if (purged > 0) {
                LOG.info("purged " + purged + " expired idempotency keys");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not purge expired idempotency keys; trying again later", e);
        }
    }

    /** Stops background work: housekeeping, the dispatcher (draining attempts in flight), then its HTTP client. */
    @Override
    public void close() {
        housekeeping.shutdownNow();
        webhooks.dispatcher().close();
        webhooks.sender().close();
        if (sessions.provider() instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "could not close the checkout client", e);
            }
        }
        auth.hashing().close();
    }
}
