from warmline.web.empathy import hint


def test_vulnerable_customer_gets_a_gentle_opening_from_the_agent() -> None:
    found = hint({"vulnerability": ["bereavement"], "frustration": 0.9}, "Priya")
    assert found is not None and "vulnerable" in found.headline
    assert found.opening.startswith("I'm so sorry for your loss") and found.opening.endswith("I'm Priya.")


def test_upset_or_crisis_gets_an_acknowledging_opening_and_calm_gets_none() -> None:
    upset = hint({"emotions": {"anger": 0.8}}, "Sam")
    assert upset is not None and "anger" in upset.detail
    crisis = hint({"moments": ["crisis.billing_error"]}, "Sam")
    assert crisis is not None and "billing error" in crisis.detail
    assert hint({"sentiment": 0.3, "frustration": 0.1}, "Sam") is None
    assert hint(None, "Sam") is None
