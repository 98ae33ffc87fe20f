"""The official stripe-python SDK (Debian python3-stripe) against the DealerPay sandbox.

Usage: /usr/bin/python3 stripe_sdk_compat.py http://127.0.0.1:PORT
Exits non-zero on any failure and ends with "N passed, M failed".
"""
import sys
import traceback

import stripe

CHECKS = []


def check(fn):
    CHECKS.append(fn)
    return fn


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def new_account(**extra):
    params = dict(type="express", country="US", email="sdk@dealer.example",
                  capabilities={"card_payments": {"requested": True}, "transfers": {"requested": True}})
    params.update(extra)
    return stripe.Account.create(**params)


@check
def create_and_retrieve():
    account = new_account(business_profile={"mcc": "5511", "name": "SDK Motors"}, metadata={"dealer": "7"})
    expect(account.id.startswith("acct_"), "account id")
    expect(account.type == "express", "type express")
    expect(account.charges_enabled is False, "charges not enabled yet")
    expect("external_account" in account.requirements.currently_due, "external_account due")
    again = stripe.Account.retrieve(account.id)
    expect(again.id == account.id and again.business_profile.name == "SDK Motors", "retrieve")
    expect(again.metadata["dealer"] == "7", "metadata")
    expect(again.external_accounts.object == "list", "nested list object")


@check
def modify_payout_schedule():
    account = new_account()
    updated = stripe.Account.modify(account.id, settings={
        "payouts": {"schedule": {"interval": "weekly", "weekly_anchor": "friday"}}})
    schedule = updated.settings.payouts.schedule
    expect(schedule.interval == "weekly" and schedule.weekly_anchor == "friday", "weekly schedule")
    expect(stripe.Account.retrieve(account.id).settings.payouts.schedule.weekly_anchor == "friday", "persisted")


@check
def auto_paging_over_pages():
    created = {new_account(metadata={"batch": "paging"}).id for _ in range(25)}
    seen = []
    page = stripe.Account.list(limit=10)
    expect(len(page.data) == 10 and page.has_more, "first page")
    for account in page.auto_paging_iter():
        seen.append(account.id)
    expect(len(seen) == len(set(seen)), "no duplicates")
    expect(created <= set(seen), "every account listed")


@check
def idempotent_retry():
    first = new_account(email="idem@dealer.example", idempotency_key="k1")
    second = new_account(email="idem@dealer.example", idempotency_key="k1")
    expect(first.id == second.id, "same account for the same key")
    try:
        new_account(email="other@dealer.example", idempotency_key="k1")
    except stripe.error.IdempotencyError:
        pass
    else:
        raise AssertionError("expected IdempotencyError for other parameters")


@check
def invalid_descriptor_raises():
    account = new_account()
    try:
        stripe.Account.modify(account.id, settings={"payments": {"statement_descriptor": "BAD*NAME"}})
    except stripe.error.InvalidRequestError as error:
        expect(error.param == "settings[payments][statement_descriptor]", "param: %r" % error.param)
        expect(error.http_status == 400, "status 400")
    else:
        raise AssertionError("expected InvalidRequestError")


@check
def missing_and_auth_errors():
    try:
        stripe.Account.retrieve("acct_doesnotexist")
    except stripe.error.InvalidRequestError as error:
        expect(error.http_status == 404 and error.code == "resource_missing", "404 resource_missing")
    else:
        raise AssertionError("expected 404")
    try:
        stripe.Account.list(api_key="sk_live_notatestkey123")
    except stripe.error.AuthenticationError as error:
        expect("notatestkey123" not in str(error), "key masked")
    else:
        raise AssertionError("expected AuthenticationError")


@check
def links_and_events():
    account = new_account()
    link = stripe.AccountLink.create(account=account.id, type="account_onboarding",
                                     refresh_url="http://127.0.0.1:9/refresh", return_url="http://127.0.0.1:9/return")
    expect(link.url.startswith(stripe.api_base + "/connect/onboarding/"), "link url")
    expect(link.expires_at == link.created + 300, "expires in 5 minutes")
    stripe.api_requestor.APIRequestor().request(
        "post", "/v1/test_helpers/accounts/%s/complete_onboarding" % account.id, {})
    login = stripe.Account.create_login_link(account.id)
    expect(login.object == "login_link", "login link")
    events = stripe.Event.list(type="account.updated", stripe_account=account.id)
    expect(len(events.data) == 1 and events.data[0].account == account.id, "account.updated event")
    expect(events.data[0].data.object.charges_enabled is True, "event snapshot")
    expect(stripe.Event.list(type="account.updated").data == [], "platform events exclude connected accounts")


def onboarded_account():
    account = new_account()
    stripe.api_requestor.APIRequestor().request(
        "post", "/v1/test_helpers/accounts/%s/complete_onboarding" % account.id, {})
    return account.id


@check
def payment_links_and_checkout():
    acct = onboarded_account()
    link = stripe.PaymentLink.create(
        line_items=[{"price_data": {"currency": "usd", "unit_amount": 150000, "product_data": {"name": "RO 77"}},
                     "quantity": 1}],
        payment_method_types=["card"], metadata={"ro_number": "RO-77"},
        restrictions={"completed_sessions": {"limit": 1}}, stripe_account=acct)
    expect(link.id.startswith("plink_") and link.active, "payment link")
    expect(link.restrictions.completed_sessions.limit == 1, "restriction")
    expect(stripe.PaymentLink.retrieve(link.id, stripe_account=acct).metadata["ro_number"] == "RO-77", "retrieve link")
    off = stripe.PaymentLink.modify(link.id, active=False, stripe_account=acct)
    expect(off.active is False, "deactivated")
    session = stripe.checkout.Session.create(
        mode="payment", success_url="http://127.0.0.1:9/ok",
        line_items=[{"price_data": {"currency": "usd", "unit_amount": 4200, "product_data": {"name": "Oil"}},
                     "quantity": 2}],
        stripe_account=acct)
    expect(session.amount_total == 8400 and session.status == "open", "session")
    stripe.api_requestor.APIRequestor(account=acct).request(
        "post", "/v1/test_helpers/checkout/sessions/%s/pay" % session.id, {"card": "4242424242424242"})
    done = stripe.checkout.Session.retrieve(session.id, stripe_account=acct)
    expect(done.status == "complete" and done.payment_status == "paid", "paid session")


@check
def charges_paging_and_refunds():
    acct = onboarded_account()
    made = set()
    for i in range(25):
        intent = stripe.PaymentIntent.create(amount=1000 + i, currency="usd", payment_method="pm_card_visa",
                                             payment_method_types=["card"], confirm=True, stripe_account=acct)
        expect(intent.status == "succeeded", "intent succeeded")
        made.add(intent.latest_charge)
    seen = [c.id for c in stripe.Charge.list(limit=10, stripe_account=acct).auto_paging_iter()]
    expect(len(seen) == 25 and set(seen) == made, "auto-paged charges: %d" % len(seen))
    charge = stripe.Charge.retrieve(seen[0], expand=["balance_transaction"], stripe_account=acct)
    expect(charge.balance_transaction.fee == (charge.amount * 325 + 5000) // 10000 + 30, "fee 3.25% + 30c")
    partial = stripe.Refund.create(charge=charge.id, amount=500, stripe_account=acct)
    expect(partial.status == "succeeded" and partial.amount == 500, "partial refund")
    try:
        stripe.Refund.create(charge=charge.id, amount=charge.amount, stripe_account=acct)
    except stripe.error.InvalidRequestError as error:
        expect(error.param == "amount", "over-refund param")
    else:
        raise AssertionError("expected over-refund error")
    stripe.Refund.create(charge=charge.id, stripe_account=acct)
    expect(stripe.Charge.retrieve(charge.id, stripe_account=acct).refunded is True, "fully refunded")
    refunds = list(stripe.Refund.list(charge=charge.id, stripe_account=acct).auto_paging_iter())
    expect(len(refunds) == 2, "two refunds")
    try:
        stripe.PaymentIntent.create(amount=1000, currency="usd", payment_method="pm_card_chargeDeclined",
                                    confirm=True, stripe_account=acct)
    except stripe.error.CardError as error:
        expect(error.code == "card_declined", "decline code")
    else:
        raise AssertionError("expected CardError")


def main():
    stripe.api_key = "sk_test_dealerpay_sdk_compat"
    stripe.api_base = sys.argv[1].rstrip("/")
    stripe.max_network_retries = 0
    passed = failed = 0
    for fn in CHECKS:
        try:
            fn()
            passed += 1
            print("PASS", fn.__name__)
        except Exception:  # report every failure, then the summary
            failed += 1
            print("FAIL", fn.__name__)
            traceback.print_exc()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
