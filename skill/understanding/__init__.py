"""Reading people's own words into findings and answers: the domain's ear, with no Alexa import.

`reader.read(text)` turns free speech ("I've got a temperature and my back's killing me") into
findings with their polarity, certainty and the words that gave them, and into answer values
(yes / no / not sure, onset, side, duration). Its vocabulary is data
(skill/data/understanding.yaml), validated and compiled when it loads.
"""
