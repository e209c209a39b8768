package telegram

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/go-telegram/bot/models"
)

// updateSamples are updates as Telegram posts them: the kinds decodeUpdate
// reads the lean way and every kind it must hand to the library's way.
var updateSamples = []string{
	// A message, a command, a group message with a reply and a photo.
	`{"update_id":1,"message":{"message_id":5,"from":{"id":7,"is_bot":false,"first_name":"A","language_code":"zh-hans"},"chat":{"id":7,"type":"private","first_name":"A"},"date":1770000000,"text":"/start","entities":[{"offset":0,"length":6,"type":"bot_command"}]}}`,
	`{"update_id":2,"message":{"message_id":6,"from":{"id":7,"is_bot":false,"first_name":"A"},"chat":{"id":-100,"type":"supergroup","title":"G","is_forum":true},"date":1770000000,"message_thread_id":3,"is_topic_message":true,"text":"@bujiao_test_bot hi","reply_to_message":{"message_id":4,"from":{"id":123456,"is_bot":true,"first_name":"B"},"chat":{"id":-100,"type":"supergroup"},"date":1769999999,"text":"q"}}}`,
	`{"update_id":3,"message":{"message_id":7,"chat":{"id":7,"type":"private"},"date":1770000000,"photo":[{"file_id":"f","file_unique_id":"u","width":90,"height":90}],"caption":"c"}}`,
	// A pressed button, with the message and its keyboard; without a
	// date (inaccessible); on an inline message (no message at all);
	// with a message of null.
	`{"update_id":4,"callback_query":{"id":"cq1","from":{"id":7,"is_bot":false,"first_name":"A","language_code":"en"},"message":{"message_id":9,"from":{"id":123456,"is_bot":true,"first_name":"B"},"chat":{"id":7,"type":"private"},"date":1770000000,"text":"Which?","reply_markup":{"inline_keyboard":[[{"text":"Yes","callback_data":"a:y"},{"text":"No","callback_data":"a:n"}]]}},"chat_instance":"ci","data":"a:y"}}`,
	`{"update_id":5,"callback_query":{"id":"cq2","from":{"id":7,"is_bot":false,"first_name":"A"},"message":{"message_id":9,"chat":{"id":7,"type":"private"},"date":0},"chat_instance":"ci","data":"a:y"}}`,
	`{"update_id":6,"callback_query":{"id":"cq3","from":{"id":7,"is_bot":false,"first_name":"A"},"inline_message_id":"im","chat_instance":"ci","data":"a:y"}}`,
	`{"update_id":7,"callback_query":{"id":"cq4","from":{"id":7,"is_bot":false,"first_name":"A"},"message":null,"data":"a:y"}}`,
	// Kinds and fields the lean form does not know.
	`{"update_id":8,"edited_message":{"message_id":5,"chat":{"id":7,"type":"private"},"date":1770000000,"edit_date":1770000001,"text":"x"}}`,
	`{"update_id":9,"inline_query":{"id":"iq","from":{"id":7,"is_bot":false,"first_name":"A"},"query":"q","offset":""}}`,
	`{"update_id":10,"message":{"message_id":5,"chat":{"id":7,"type":"private"},"date":1770000000,"text":"x","some_future_field":{"a":1}}}`,
	`{"update_id":11,"message":{"message_id":5,"chat":{"id":7,"type":"private"},"date":1770000000,"pinned_message":{"message_id":2,"chat":{"id":7,"type":"private"},"date":1769999999,"text":"p"}}}`,
	`{"update_id":12,"my_chat_member":{"chat":{"id":7,"type":"private"},"from":{"id":7,"is_bot":false,"first_name":"A"},"date":1,"old_chat_member":{"status":"member","user":{"id":1,"is_bot":true,"first_name":"B"}},"new_chat_member":{"status":"kicked","user":{"id":1,"is_bot":true,"first_name":"B"},"until_date":0}}}`,
	// Odd and broken ones.
	` {"update_id":13,"message":{"message_id":5,"chat":{"id":7,"type":"private"},"date":1770000000,"text":"x"}} `,
	`{"update_id":14,"message":{"message_id":5,"chat":{"id":7,"type":"private"},"date":1770000000,"text":"x"}}{"update_id":15}`,
	`{"update_id":16,"message":{"message_id":"five"}}`,
	`{"update_id":17,"callback_query":{"id":"a","data":"x","message":{"message_id":9,"chat":{"id":7,"type":"private"},"date":5}},"callback_query":{"id":"b"}}`,
	`{"update_id":18,"Message":{"Message_ID":5,"chat":{"id":7,"type":"private"},"date":1770000000,"text":"x"}}`,
	`{"update_id":99999999999999999999}`,
	`{"update_id":19,"message":{"message_id":5,"chat":{"id":7,"type":"private"},"date":1770000000,"text":"\ud800 x \u003cb\u003e"}}`,
	`[]`, `null`, `{`, ``,
}

// TestDecodeUpdate: decodeUpdate gives what json.Unmarshal into
// models.Update gives, update and error alike.
func TestDecodeUpdate(t *testing.T) {
	for _, raw := range updateSamples {
		checkDecodeUpdate(t, []byte(raw))
	}
}

func checkDecodeUpdate(t *testing.T, raw []byte) {
	t.Helper()
	var want models.Update
	werr := json.Unmarshal(raw, &want)
	got, gerr := decodeUpdate(raw)
	if (werr == nil) != (gerr == nil) {
		t.Fatalf("%s: error %v, want %v", raw, gerr, werr)
	}
	if werr == nil && !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		t.Fatalf("%s:\n got  %s\n want %s", raw, g, w)
	}
}

func FuzzDecodeUpdate(f *testing.F) {
	for _, raw := range updateSamples {
		f.Add([]byte(raw))
	}
	f.Fuzz(func(t *testing.T, raw []byte) { checkDecodeUpdate(t, raw) })
}
