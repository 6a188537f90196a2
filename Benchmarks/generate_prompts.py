#!/usr/bin/env python3
"""Writes N varied remix prompts as JSON Lines ({"id", "prompt"}) for the batch benchmark.

The prompts mix what writers actually send: single changes of every kind with details, two or three
changes, vague requests, template slots, rewrites, empty requests, long paragraphs, lists, emoji and
several languages. Deterministic for a given seed, so runs compare.

    python3 Benchmarks/generate_prompts.py 100000 > /tmp/prompts.jsonl
"""
import json
import random
import sys

OBJECTS = ["umbrella", "car", "jacket", "dress", "dog", "cat", "balloon", "bicycle", "lamp", "sofa", "hat",
           "scarf", "truck", "boat", "guitar", "mug", "sign", "door", "curtains", "sneakers", "helmet", "kite"]
COLOURS = ["red", "teal", "mustard yellow", "navy", "emerald green", "burnt orange", "lavender", "crimson",
           "off-white", "charcoal", "pastel pink", "cobalt blue", "olive", "sand", "rust", "amber"]
MOVES = ["slow dolly-in toward the singer", "whip pan to the door", "crane up to rooftop height",
         "slow orbit around the car", "rack focus from the glass to her face", "push in to a close-up",
         "locked-off tripod shot at eye level", "handheld walk-in from the doorway", "drone pull-back"]
LENSES = ["24mm", "35mm", "50mm", "85mm", "anamorphic", "wide-angle", "telephoto"]
LIGHTS = ["soft key light from camera left at 3200K", "hard top light straight overhead",
          "low golden-hour sun from behind the hills", "cool moonlight through the window",
          "warm candlelight from below frame", "neon sign spill from frame right", "overcast daylight"]
MOODS = ["tense and claustrophobic", "nostalgic and tender", "serene", "eerie", "playful", "melancholic",
         "triumphant", "dreamy"]
TIMES = ["dusk", "dawn", "blue hour", "midnight", "noon", "sunrise", "golden hour"]
WEATHER = ["light drizzle", "heavy snow", "thick fog", "a thunderstorm", "overcast skies", "strong wind"]
VAGUE = ["Make the lighting better.", "Use nicer colors.", "More cinematic camera.", "Make it pop!",
         "Make it moodier.", "Can the grade feel more premium?", "Make the camera work more interesting."]
EMPTY = ["again", "remix", "Do it again but better.", "make it better", "🔥🔥🔥", "otra vez", "もう一回", ""]
SLOTS = ["{{palette}}", "<LIGHTING>", "[insert camera move]", "${object}", "%s", "TODO", "__COLOR__", "{0}"]
REWRITES = ["Start over: a chase through Tokyo at night.", "Turn it into a horror trailer.",
            "Forget the original. New video: two knights duelling on a frozen lake.",
            "Reimagine the whole thing as an underwater ballet."]
FOREIGN = ["Cambia el coche a {c}, lo demás igual.", "Change la couleur du parapluie en {c}.",
           "Ändere die Tageszeit auf {t}, alles andere bleibt gleich.", "空を{t}の色に変えてください。",
           "카메라가 천천히 줌인해서 가수의 얼굴에서 끝나게 해 주세요.", "把汽车的颜色换成{c}，其他保持不变。",
           "Сделай снег гуще, остальное не трогай.", "Arabayı {c} yap.", "आसमान को नारंगी रंग में बदल दीजिए।"]
DETAILS = [" from 0:{n:02d} to the end.", " at the {n}-second mark.", " for the first {m} seconds.",
           " in shot {m}.", " (take {n}).", " around frame {n}00.", ", about {n}% stronger.", " in scene {m}, cut {n}."]
KEEP = ["keep everything else the same", "nothing else changes", "same framing", "leave the rest as is"]


def single(r):
    kind = r.randrange(7)
    o, c = r.choice(OBJECTS), r.choice(COLOURS)
    if kind == 0:
        return f"Make the {o} {c} instead of {r.choice(COLOURS)}, {r.choice(KEEP)}."
    if kind == 1:
        return f"Relight the scene with {r.choice(LIGHTS)}; {r.choice(KEEP)}."
    if kind == 2:
        return f"{r.choice(MOVES).capitalize()}, {r.choice(LENSES)}, over the whole clip."
    if kind == 3:
        return f"Make the mood {r.choice(MOODS)}."
    if kind == 4:
        return f"Move the scene from {r.choice(TIMES)} to {r.choice(TIMES)}, {r.choice(KEEP)}."
    if kind == 5:
        return f"Add {r.choice(WEATHER)} over the street ☔ and {r.choice(KEEP)}."
    return f"Shift the palette to {c}, {r.choice(COLOURS)} and {r.choice(COLOURS)}, with a warm backlight."


def long_single(r):
    o = r.choice(OBJECTS)
    return (f"Change only one thing: the lighting around the {o}. Right now it is flat overhead fluorescent. "
            f"I want {r.choice(LIGHTS)}, long shadows stretching across the floor toward the camera, dust "
            f"motes visible in the beam, and the back of the room falling off into soft shadow. Leave the "
            f"{r.choice(OBJECTS)}, the camera move and the edit exactly as they are.")


def multi(r):
    parts = [f"make it {r.choice(TIMES)}", f"swap the {r.choice(OBJECTS)} for a {r.choice(OBJECTS)}",
             f"add {r.choice(WEATHER)}", f"{r.choice(MOVES)}", f"make the {r.choice(OBJECTS)} {r.choice(COLOURS)}"]
    r.shuffle(parts)
    joiner = r.choice([", and ", "; also ", " while you ", ", plus ", "\n- "])
    return (joiner.join(parts[:r.randrange(2, 4)])).capitalize() + "."


def prompt(r, index):
    roll = r.random()
    if roll < 0.35:
        text = single(r)
    elif roll < 0.45:
        text = long_single(r)
    elif roll < 0.60:
        text = multi(r)
    elif roll < 0.70:
        text = r.choice(VAGUE)
    elif roll < 0.77:
        text = f"Change the {r.choice(OBJECTS)} to {r.choice(SLOTS)}."
    elif roll < 0.82:
        text = r.choice(REWRITES)
    elif roll < 0.86:
        text = r.choice(EMPTY)
    else:
        text = r.choice(FOREIGN).format(c=r.choice(COLOURS), t=r.choice(TIMES))
    if r.random() < 0.6 and text:
        text = text.rstrip(".") + r.choice(DETAILS).format(n=r.randrange(1, 60), m=r.randrange(2, 9))
    if r.random() < 0.1:
        text = r.choice(["Hi team! ", "Love this one! ", "Quick one: "]) + text + r.choice([" Thanks!", " 🙏", ""])
    return {"id": f"p{index:06d}", "prompt": text}


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    r = random.Random(seed)
    out = sys.stdout
    for index in range(count):
        out.write(json.dumps(prompt(r, index), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
