"""Analytics: figures by mode x segment x intent x channel x moment, recommendations, behavioural segments."""
